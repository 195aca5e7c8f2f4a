export * from "./client";
export { migrateDatabase, migrationsFolder } from "./migrate";
export * as schema from "./schema";
export * from "./schema";
