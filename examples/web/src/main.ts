import "./styles/index.css";
import { startApp } from "./app.js";

const root = document.querySelector<HTMLElement>("#app");
if (!root) throw new Error("index.html has no #app element");

// Without a configured API the page uses the in-memory mock. The dynamic import keeps the mock out
// of a build made with VITE_TESSERA_API_URL set.
const apiUrl = import.meta.env.VITE_TESSERA_API_URL;
if (!apiUrl) {
  const { startMockService } = await import("./mockService.js");
  await startMockService();
}
startApp(root, { baseUrl: apiUrl || location.origin, demo: !apiUrl });
