// `node dist/src/yamlCacheCli.js`: parses the YAML content files once for all starts (part of `npm run build`).
import path from 'node:path';
import { projectRoot } from './projectRoot';
import { buildYamlCache } from './yamlCacheBuild';

buildYamlCache(path.join(projectRoot(), 'data'));
