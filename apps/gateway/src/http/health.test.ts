import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BusStatus, coreEventsMigrations, createMemoryBus } from "@korbill/core-events";
import { openTestDatabase } from "@korbill/core-events/testing";
import { readiness } from "./health.js";

describe("/readyz", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let server: ReturnType<ReturnType<typeof express>["listen"]>;
  let url: string;
  let bus: BusStatus = "up";
  let ready: ReturnType<typeof readiness>;

  beforeAll(async () => {
    opened = await openTestDatabase("sqlite", coreEventsMigrations);
    ready = readiness({
      database: opened,
      migrations: coreEventsMigrations,
      bus: { ...createMemoryBus(), status: () => bus },
    });
    const app = express();
    app.get("/readyz", ready.handler);
    server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
  });
  afterAll(async () => {
    server?.close();
    await opened?.dispose();
  });

  const probe = async () => {
    const res = await fetch(url);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it("is ready when the database is migrated and Redis is up", async () => {
    const r = await probe();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: "ready",
      checks: { database: { status: "up", migrated: true }, redis: { status: "up" } },
    });
  });

  it("is not ready while Redis is down", async () => {
    bus = "down";
    const r = await probe();
    bus = "up";
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ status: "not ready", checks: { redis: { status: "down" } } });
  });

  it("reports migrations this build knows but the database lacks", async () => {
    const ahead = readiness({
      database: opened,
      migrations: [...coreEventsMigrations, { name: "zz/0001-future", up: async () => {} }],
      bus: createMemoryBus(),
    });
    const app = express();
    app.get("/readyz", ahead.handler);
    const other = app.listen(0, "127.0.0.1");
    await new Promise((r) => other.once("listening", r));
    const res = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/readyz`);
    other.close();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      checks: {
        database: { status: "down", migrated: false },
        redis: { status: "not configured" },
      },
    });
  });

  it("is not ready once draining began", async () => {
    ready.drain();
    const r = await probe();
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ status: "draining", checks: { draining: true } });
  });
});
