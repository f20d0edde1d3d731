import { describe, expect, it } from "vitest";
import { snippetsFor } from "./code-snippets.js";

const url = "http://127.0.0.1:4000/graphql";
const headers = '{ "authorization": "Bearer kb_key" }';

describe("snippetsFor", () => {
  it("gives a query as curl, @korbill/client and fetch, with the Headers' key", () => {
    const snippets = snippetsFor({
      url,
      query: "query Cost($n: Int!) { cashbillCost(count: $n) }",
      variables: '{ "n": 2 }',
      headers,
    });
    expect(snippets.map((s) => s.label)).toEqual(["curl", "@korbill/client", "fetch"]);
    const [curl, client] = snippets;
    expect(curl?.code).toContain(`-H 'authorization: Bearer kb_key'`);
    expect(curl?.code).toContain(`"variables":{"n":2}`);
    expect(client?.code).toContain(`apiKey: "kb_key"`);
    expect(client?.code).toContain('korbill.request(operation, {\n  "n": 2\n})');
  });

  it("gives a subscription as @korbill/client code only (HTTP cannot subscribe)", () => {
    const snippets = snippetsFor({
      url,
      query: "subscription Tick { clock { seq } }",
      variables: "",
      headers,
    });
    expect(snippets.map((s) => s.label)).toEqual(["@korbill/client"]);
    expect(snippets[0]?.code).toContain("korbill.subscribe(operation, {}");
  });

  it("quotes a single quote for the shell", () => {
    const [curl] = snippetsFor({ url, query: '{ a(s: "it\'s") }', variables: "", headers: "" });
    expect(curl?.code).toContain(`it'\\''s`);
  });
});
