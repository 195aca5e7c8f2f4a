import { defineConfig } from "vitest/config";

// scrypt at production cost takes a few hundred ms, far longer when other test suites load the CPU.
export default defineConfig({ test: { testTimeout: 30_000 } });
