import { type GraphQLResolveInfo, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { buildTypeGraphqlSchema } from "./build.js";

const tenant = {
  keyId: "key_test",
  kind: "partner",
  name: "test",
  stage: "local",
  corpNums: ["1234567890"],
  userId: null,
};

describe("subscription fields resolve each event to itself", () => {
  it("type-graphql's resolver of every subscription field returns its event's fields unchanged", async () => {
    const schema = await buildTypeGraphqlSchema();
    const fields = Object.values(schema.getSubscriptionType()!.getFields());
    expect(fields.length).toBeGreaterThanOrEqual(5);
    for (const field of fields) {
      const event = { marker: field.name, cursor: "c1", amount: 3, note: null };
      const info = {
        fieldName: field.name,
        schema,
        operation: parse(`subscription { ${field.name} }`).definitions[0],
      } as unknown as GraphQLResolveInfo;
      const resolved = await field.resolve!(event, {}, { tenant, now: () => 0 }, info);
      // The same object, or (where type-graphql instantiates the @Root class) a copy with the
      // same fields; the class's other declared fields are undefined, which GraphQL reads as
      // absent, as `toEqual` does. Nothing added, dropped or changed.
      expect(resolved, field.name).toEqual(event);
      expect(Object.values(resolved as object).filter((v) => v !== undefined)).toHaveLength(4);
    }
  });
});
