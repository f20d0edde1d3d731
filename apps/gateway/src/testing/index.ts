// What the workspace's tests (client, CLI, playground, examples) start a gateway with.
export { type LocalGateway, startLocalGateway, waitFor } from "./local-gateway.js";
export { DEMO_KEYS } from "../local-stage.js";
export { DEMO_IDENTITY, type DemoCashbill, demoReceipt } from "@korbill/cashbill/testing";
