/** The Một Cửa properties-panel module: `__init__` registers our provider with the panel. */
import MotCuaPropertiesProvider from "./provider";

const motCuaPropertiesModule = {
  __init__: ["motCuaPropertiesProvider"],
  motCuaPropertiesProvider: ["type", MotCuaPropertiesProvider],
};

export default motCuaPropertiesModule;
export type { MotCuaConfig } from "./provider";
