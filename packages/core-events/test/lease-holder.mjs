// Holds the lease named in argv until killed (used by the takeover test).
import { LeaseStore, openDatabase, runExclusive } from "../dist/index.js";
import { coreEventsMigrations } from "../dist/index.js";

const [config, name, ttl] = [JSON.parse(process.argv[2]), process.argv[3], Number(process.argv[4])];
const database = await openDatabase(config, coreEventsMigrations);
runExclusive({
  leases: new LeaseStore(database),
  name,
  owner: "child",
  ttlMs: ttl,
  work: async (signal) => {
    process.stdout.write("HELD\n");
    await new Promise((resolve) => signal.addEventListener("abort", resolve));
  },
});
