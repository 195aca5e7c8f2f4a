import "server-only";
import { createAuth, loadOrCreateSecret } from "@claimdesk/auth";
import { defaultDataDir } from "@claimdesk/db";
import { getDb } from "./db";

export const { auth, handlers, signIn, signOut } = createAuth({
  getDb,
  secret: loadOrCreateSecret(defaultDataDir()),
});
