/**
 * `node dist/main.js [--quick] [--only id,id] [--out file]`: see `cli.ts`.
 *
 * Every process of a run (this one, the gateways, the baselines' servers and clients, which
 * inherit the environment) runs with `NODE_ENV=production`, as a deployment does, unless the
 * caller set NODE_ENV. Libraries read it when they load (graphql-js drops its development-only
 * checks, which cost the gateway about 10 % of its CPU in the bulk pipeline), so it is set
 * here, before `cli.ts` and everything it imports are loaded.
 */
process.env.NODE_ENV ??= "production";
await import("./cli.js");
