export { type DatabaseConfig, type DatabaseEngine, databaseConfigFromUrl } from "./config.js";
export { type KorbillMigration, migrate } from "./migrations.js";
export { type KorbillDatabase, type OpenOptions, describePostgres, openDatabase } from "./open.js";
export { executeCached, insertRows } from "./insert-rows.js";
export { isDatabaseUnavailable, isUniqueViolation } from "./errors.js";
export { type DatabaseHealth, databaseHealthCheck } from "./health.js";
