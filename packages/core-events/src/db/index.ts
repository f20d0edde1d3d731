export { type DatabaseConfig, type DatabaseEngine, databaseConfigFromUrl } from "./config.js";
export { type KorbillMigration, autoIdType, jsonTextType, migrate } from "./migrations.js";
export { type KorbillDatabase, openDatabase } from "./open.js";
export { executeCached, insertRows } from "./insert-rows.js";
export { isUniqueViolation } from "./errors.js";
