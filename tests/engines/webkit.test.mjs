// Tend's core journeys in WebKitGTK's MiniBrowser (under Xvfb), through WebKitWebDriver.
import { journeys } from "./journeys.mjs";

journeys("webkit");
