// Migrations are exported separately (`@claimdesk/db/migrate`): they read the migrations folder from
// disk, which only start-up scripts and tests need, never the bundled app.
export * from "./client";
export { DataDirInUseError } from "./data-dir-lock";
export * as schema from "./schema";
export * from "./schema";
export { findUserByEmail } from "./users";
