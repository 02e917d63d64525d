import net from "node:net";
import { describe, expect, it } from "vitest";
import { isPortFree } from "./server";

describe("isPortFree", () => {
  it("given a port something listens on, then it is not free; once closed, it is", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const { port } = server.address() as net.AddressInfo;
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await isPortFree(port)).toBe(true);
  });
});
