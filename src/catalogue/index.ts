// The catalogue module: Steunpalet, services close by and WIJ teams (re-exports only).
export * from './types';
export { Catalogue, DEFAULT_LIMIT, type SearchExplanation } from './catalogue';
export { loadCatalogue, readCatalogueData, defaultCatalogueDir, CATALOGUE_FILES, type CatalogueData } from './loader';
export { AUDIENCES, SERVICE_KINDS, offeringSchema, serviceSchema, teamSchema } from './schema';
export { postcodeNumber } from './postcode';
export { CatalogueStore, watchCatalogue, type CatalogueStoreOptions } from './store';
export { exportCsv, importCsv, type ImportResult } from './csvImport';
export { HSDS_COLUMNS } from './hsds';
