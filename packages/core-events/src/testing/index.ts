export {
  TEST_POSTGRES_URL,
  TEST_REDIS_URL,
  dropTestSchemas,
  freshDatabaseConfig,
  openTestDatabase,
  testEngines,
  testSchemaName,
} from "./databases.js";
export { redisAvailable } from "./redis.js";
export { PrivateRedis, freePort } from "./redis-server.js";
