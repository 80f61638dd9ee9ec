// Steunwijzer on Azure: App Service (Linux, Node 20), Azure Database for PostgreSQL (flexible server), Azure Bot with the
// Direct Line and Microsoft Teams channels. See README.md beside this file for the walk-through.
targetScope = 'resourceGroup'

@description('Short lower-case name used in every resource name, e.g. steunwijzer-groningen')
@minLength(3)
@maxLength(24)
param name string

param location string = resourceGroup().location

@description('App Service plan size; P0v3 or larger keeps the app always on.')
param appServiceSku string = 'P0v3'

@description('Microsoft Entra app registration of the bot (client id).')
param microsoftAppId string

@secure()
@description('Client secret of that app registration.')
param microsoftAppPassword string

@allowed(['MultiTenant', 'SingleTenant'])
param microsoftAppType string = 'SingleTenant'

@description('Tenant of the app registration (required for SingleTenant).')
param microsoftAppTenantId string = tenant().tenantId

param postgresAdminLogin string = 'steunwijzer'

@secure()
param postgresAdminPassword string

@description('Key (32 bytes, base64) that encrypts personal data of requests at rest; production refuses to start without it.')
@secure()
param dataEncryptionKey string

@secure()
@description('Bearer token (24+ characters) for the staff API.')
param staffApiToken string

@secure()
@description('Secret (32+ characters) that signs the web chat tokens.')
param directLineTokenSecret string

@secure()
@description('Bearer token (24+ characters) Prometheus sends to /metrics.')
param metricsToken string

@description('Municipal websites that may show the chat through embed.js, comma separated origins.')
param embedOrigins string = ''

@description('Where "Snel weg" sends the visitor.')
param quickExitUrl string = 'https://gemeente.groningen.nl/'

param brandName string = 'Steunwijzer'
param brandColor string = '#154273'

var siteName = '${name}-app'
var publicUrl = 'https://${siteName}.azurewebsites.net'
var databaseName = 'steunwijzer'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: '${name}-pg'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 14, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-06-01-preview' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// Lets Azure services (the App Service) reach the server; use a private network instead for production data of minors.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-06-01-preview' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node --single-threaded-gc dist/src/index.js'
      alwaysOn: true
      // The web chat's Direct Line streamUrl is a WebSocket.
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'PORT', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'PUBLIC_URL', value: publicUrl }
        { name: 'TRUST_PROXY', value: 'true' }
        { name: 'DATABASE_URL', value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require' }
        { name: 'MicrosoftAppId', value: microsoftAppId }
        { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
        { name: 'STAFF_API_TOKEN', value: staffApiToken }
        { name: 'DIRECTLINE_TOKEN_SECRET', value: directLineTokenSecret }
        { name: 'METRICS_TOKEN', value: metricsToken }
        { name: 'EMBED_ORIGINS', value: embedOrigins }
        { name: 'QUICK_EXIT_URL', value: quickExitUrl }
        { name: 'BRAND_NAME', value: brandName }
        { name: 'BRAND_COLOR', value: brandColor }
        { name: 'NODE_ENV', value: 'production' }
        { name: 'DATA_ENCRYPTION_KEY', value: dataEncryptionKey }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: brandName
    endpoint: '${publicUrl}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppTenantId
    disableLocalAuth: true
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        { siteName: 'Default Site', isEnabled: true, isV1Enabled: false, isV3Enabled: true, isSecureSiteEnabled: true, trustedOrigins: [publicUrl] }
      ]
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true, enableCalling: false }
  }
}

output appUrl string = publicUrl
output messagingEndpoint string = '${publicUrl}/api/messages'
output postgresHost string = postgres.properties.fullyQualifiedDomainName
