import { defineConfig } from "vitest/config";

// Property tests over 1 MB inputs take seconds alone and far longer on a loaded CI machine.
export default defineConfig({ test: { testTimeout: 120_000 } });
