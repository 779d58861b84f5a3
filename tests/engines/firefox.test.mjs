// Tend's core journeys in Firefox ESR (headless), through geckodriver.
import { journeys } from "./journeys.mjs";

journeys("firefox");
