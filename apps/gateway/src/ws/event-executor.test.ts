import {
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
  subscribe,
} from "graphql";
import { describe, expect, it } from "vitest";
import { planOf, resolveToEvent, subscribeEvents } from "./event-executor.js";

interface Tick {
  n: number;
  kind: string;
  id?: string | null;
}

/**
 * A schema like the gateway's: `ticks` and `strictTicks` resolve each event with
 * `resolveToEvent`, `customTicks` with a resolver of its own. The `Cursor` scalar counts
 * how often an argument is coerced; `source` ends the stream when `fail` says so.
 */
function fixture(events: Tick[], opts: { failAt?: number } = {}) {
  const stats = { coerced: 0, returned: 0 };
  const Cursor = new GraphQLScalarType({
    name: "Cursor",
    parseValue: (v) => {
      stats.coerced++;
      return String(v);
    },
    parseLiteral: (ast) => {
      stats.coerced++;
      return ast.kind === "StringValue" ? ast.value : null;
    },
  });
  const Kind = new GraphQLEnumType({ name: "TickKind", values: { ODD: {}, EVEN: {} } });
  const TickType: GraphQLObjectType = new GraphQLObjectType({
    name: "Tick",
    fields: () => ({
      n: { type: GraphQLInt },
      kind: { type: Kind },
      id: { type: new GraphQLNonNull(GraphQLString) },
      label: {
        type: GraphQLString,
        args: { prefix: { type: GraphQLString } },
        resolve: (t: Tick, a: { prefix?: string }) => `${a.prefix ?? "#"}${t.n}`,
      },
      twice: {
        type: GraphQLInt,
        resolve: (t: Tick) => {
          if (opts.failAt === t.n) throw new Error(`tick ${t.n} broke`);
          return t.n * 2;
        },
      },
    }),
  });
  // An iterable whose iterator is a separate object, as the event log's replay is.
  const source = (): AsyncIterable<Tick> => ({ [Symbol.asyncIterator]: iterator });
  const iterator = (): AsyncIterator<Tick> => {
    let i = 0;
    return {
      next: () =>
        Promise.resolve(
          i < events.length
            ? { value: events[i++]!, done: false }
            : { value: undefined, done: true },
        ),
      return: () => {
        stats.returned++;
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  };
  const args = {
    after: { type: Cursor },
    kinds: { type: new GraphQLList(new GraphQLNonNull(Kind)) },
  };
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { x: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: "Subscription",
      fields: {
        ticks: { type: TickType, args, subscribe: source, resolve: resolveToEvent },
        strictTicks: {
          type: TickType,
          args: { after: { type: new GraphQLNonNull(Cursor) } },
          subscribe: source,
          resolve: resolveToEvent,
        },
        customTicks: {
          type: TickType,
          args,
          subscribe: source,
          resolve: (t: Tick) => ({ ...t, n: t.n + 100 }),
        },
      },
    }),
  });
  return { schema, stats };
}

const EVENTS: Tick[] = [1, 2, 3, 4].map((n) => ({ n, kind: n % 2 ? "ODD" : "EVEN" }));

async function drain(result: AsyncIterableIterator<ExecutionResult> | ExecutionResult) {
  if (!(Symbol.asyncIterator in result)) throw new Error("not a stream");
  const out: ExecutionResult[] = [];
  for await (const r of result) out.push(JSON.parse(JSON.stringify(r)) as ExecutionResult);
  return out;
}

function argsOf(
  schema: GraphQLSchema,
  query: string,
  variableValues?: Record<string, unknown>,
): ExecutionArgs {
  return { schema, document: parse(query), variableValues };
}

const CASES: {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  projected: boolean;
}[] = [
  {
    name: "variables on the root field only",
    query: `subscription S($after: Cursor, $kinds: [TickKind!]) {
        ticks(after: $after, kinds: $kinds) { n kind twice label(prefix: "T") }
      }`,
    variables: { after: "c1", kinds: ["ODD", "EVEN"] },
    projected: true,
  },
  {
    name: "fragments, aliases and __typename",
    query: `subscription($after: Cursor) { t: ticks(after: $after) { ...F __typename } }
        fragment F on Tick { number: n kind ... on Tick { twice } }`,
    variables: { after: "c1" },
    projected: true,
  },
  {
    name: "a variable in a nested argument",
    query: `subscription($after: Cursor, $p: String) { ticks(after: $after) { n label(prefix: $p) } }`,
    variables: { after: "c1", p: "P" },
    projected: false,
  },
  {
    name: "a variable in a directive",
    query: `subscription($with: Boolean!) { ticks { n kind @include(if: $with) } }`,
    variables: { with: false },
    projected: false,
  },
  {
    name: "a required root argument",
    query: `subscription { strictTicks(after: "c1") { n } }`,
    projected: false,
  },
  {
    name: "a root field with a resolver of its own",
    query: `subscription($after: Cursor) { customTicks(after: $after) { n } }`,
    variables: { after: "c1" },
    projected: false,
  },
];

describe("subscribeEvents", () => {
  for (const c of CASES) {
    it(`gives graphql-js's results: ${c.name} (${c.projected ? "projected" : "as written"})`, async () => {
      const ours = fixture(EVENTS);
      const args = argsOf(ours.schema, c.query, c.variables);
      expect(planOf(args).projected !== null).toBe(c.projected);
      const expected = await drain(
        await subscribe(argsOf(fixture(EVENTS).schema, c.query, c.variables)),
      );
      const got = await drain(await subscribeEvents(args));
      expect(got).toEqual(expected);
      expect(got).toHaveLength(EVENTS.length);
    });
  }

  it("builds leaf-only results directly, exactly as graphql-js does, errors included", async () => {
    const query = `subscription($after: Cursor) {
      ticks(after: $after) { n kind again: kind __typename id n }
    }`;
    const events: Tick[] = [
      { n: 1, kind: "ODD", id: "a" },
      { n: 2, kind: "EVEN", id: "b" },
      { n: 3, kind: "ODD", id: null }, // null in a non-null field: graphql-js's error
      { n: 4.5, kind: "EVEN", id: "d" }, // not an Int
      { n: 5, kind: "PRIME", id: "e" }, // not a TickKind
      { n: Number.NaN, kind: "ODD", id: "f" },
    ];
    const ours = fixture(events);
    const args = argsOf(ours.schema, query, { after: "c1" });
    const direct = planOf(args).direct;
    expect(direct).not.toBeNull();
    expect(JSON.parse(JSON.stringify(direct!(events[0])))).toEqual({
      data: { ticks: { n: 1, kind: "ODD", again: "ODD", __typename: "Tick", id: "a" } },
    });
    expect(direct!(events[2])).toBeUndefined();
    const expected = await drain(
      await subscribe(argsOf(fixture(events).schema, query, { after: "c1" })),
    );
    const got = await drain(await subscribeEvents(args));
    expect(got).toEqual(expected);
    expect(got.filter((r) => r.errors).length).toBe(4);
  });

  it("executes with graphql-js when a selected field has a resolver or sub-selections", () => {
    const { schema } = fixture(EVENTS);
    for (const query of [
      `subscription { ticks { n twice } }`,
      `subscription { ticks { n ...F } } fragment F on Tick { kind }`,
      `subscription { ticks { n label(prefix: "x") } }`,
    ]) {
      const plan = planOf(argsOf(schema, query));
      expect(plan.projected).not.toBeNull();
      expect(plan.direct).toBeNull();
    }
  });

  it("coerces the root field's arguments once per subscription, not once per event", async () => {
    const query = `subscription($after: Cursor) { ticks(after: $after) { n } }`;
    const ours = fixture(EVENTS);
    await drain(await subscribeEvents(argsOf(ours.schema, query, { after: "c1" })));
    // The variable is coerced once, when the stream is created.
    expect(ours.stats.coerced).toBe(1);
    const theirs = fixture(EVENTS);
    await drain(await subscribe(argsOf(theirs.schema, query, { after: "c1" })));
    expect(theirs.stats.coerced).toBe(1 + EVENTS.length);
  });

  it("reports a bad variable as graphql-js does, without a stream", async () => {
    const { schema } = fixture(EVENTS);
    const query = `subscription($kinds: [TickKind!]) { ticks(kinds: $kinds) { n } }`;
    const got = await subscribeEvents(argsOf(schema, query, { kinds: ["PRIME"] }));
    const expected = await subscribe(argsOf(schema, query, { kinds: ["PRIME"] }));
    expect(Symbol.asyncIterator in got).toBe(false);
    expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("keeps field errors per event and closes the source when the consumer returns", async () => {
    const { schema, stats } = fixture(EVENTS, { failAt: 2 });
    const stream = await subscribeEvents(argsOf(schema, `subscription { ticks { n twice } }`));
    if (!(Symbol.asyncIterator in stream)) throw new Error("not a stream");
    const first = await stream.next();
    const second = await stream.next();
    expect(first.value).toEqual({ data: { ticks: { n: 1, twice: 2 } } });
    expect(second.value?.errors?.[0]?.message).toBe("tick 2 broke");
    expect(second.value?.data).toEqual({ ticks: { n: 2, twice: null } });
    await stream.return?.();
    expect(stats.returned).toBe(1);
  });
});
