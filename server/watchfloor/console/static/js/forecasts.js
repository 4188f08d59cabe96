// Forecasting: the leaderboard of forecasters and their calibration, at the time machine's instant.
import { get } from "./api.js";
import { clock } from "./clock.js";
import { h, loading } from "./util.js";

export async function loadForecasts() {
  const region = document.getElementById("forecasts");
  await loading(region, async () => {
    const [board, calibration] = await Promise.all([
      get("leaderboard", { kind: "binary", ...clock.asOfParams() }, { clocked: false }),
      get("calibration", clock.asOfParams(), { clocked: false }),
    ]);
    region.replaceChildren(
      h("h3", {}, `Leaderboard (binary questions: ${board.questions})`),
      board.entries.length
        ? h("table", {}, h("thead", {}, h("tr", {}, ...Object.keys(board.entries[0]).map((k) => h("th", { scope: "col" }, k)))),
          h("tbody", {}, board.entries.map((e) => h("tr", {}, Object.values(e).map((v) => h("td", {}, typeof v === "number" ? v.toPrecision(3) : String(v ?? "")))))))
        : h("p", {}, "No resolved question has been scored yet."),
      h("h3", {}, "Calibration"),
      calibration.forecasters.length
        ? h("ul", {}, calibration.forecasters.map((f) => h("li", {}, JSON.stringify(f))))
        : h("p", {}, "No forecaster has resolved forecasts yet."),
    );
  });
}
