import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

const typeDefs = `
  type Viewer { tenant: String! corpNums: [String!]! }
  type Query { viewer: Viewer! }
`;

/** A bare Apollo Server 5 on express 5 with one trivial resolver: the overhead baseline. */
export async function startBareApollo(): Promise<{ graphqlUrl: string; close(): Promise<void> }> {
  const app = express();
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: { Query: { viewer: () => ({ tenant: "1234567890", corpNums: ["1234567890"] }) } },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  app.use("/graphql", express.json({ limit: "10mb" }), expressMiddleware(apollo));
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await apollo.stop();
    },
  };
}
