import { apiKeyMigrations } from "@korbill/core-tenancy";
import { billingMigrations } from "@korbill/billing";
import { cashbillMigrations } from "@korbill/cashbill";
import { type KorbillMigration, coreEventsMigrations } from "@korbill/core-events";
import { hometaxMigrations } from "@korbill/hometax";
import { pointsMigrations } from "@korbill/points";

/**
 * Every package's tables: the one list the gateway and the CLI both open the database with,
 * so that neither finds migrations in the database it does not know.
 */
export const GATEWAY_MIGRATIONS: readonly KorbillMigration[] = [
  ...coreEventsMigrations,
  ...apiKeyMigrations,
  ...pointsMigrations,
  ...cashbillMigrations,
  ...billingMigrations,
  ...hometaxMigrations,
];
