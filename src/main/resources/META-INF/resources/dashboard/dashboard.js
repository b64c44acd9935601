// Tradewind dashboard: one page over the service's API (/api), its live event stream (/api/events)
// and its UDF charts (/udf). Amounts arrive as exact decimal strings and are only re-spelled for
// display (digits, toman), never turned into floating point, except as chart coordinates.
(function () {
  "use strict";
  const I18N = window.TRADEWIND_I18N;
  const LC = window.LightweightCharts;
  const $ = (selector) => document.querySelector(selector);
  const settings = {
    token: sessionStorage.getItem("tradewind.token"),
    language: localStorage.getItem("tradewind.language") || "en",
    calendar: localStorage.getItem("tradewind.calendar") || "gregory",
    irrUnit: localStorage.getItem("tradewind.irrUnit") || "rial"
  };
  let instances = [];
  let killSwitch = { on: false };
  let lastSequence = 0;
  let stream = null;
  let refreshTimer = null;
  const chart = { instance: null, resolution: null, api: null, series: null, markers: null, priceLines: [], lastBar: null, decimals: 2, quote: null,
    loading: null, firstBar: null, loads: 0 }; // loading: the candle events that came while the history was on its way
  const fillMarkers = {}; // instance -> its fills' markers since the page opened (the kept events first), bar time still open

  // ---- words, numbers, dates -----------------------------------------------------------------
  const t = (key, values) => {
    let text = (I18N[settings.language] || I18N.en)[key] || I18N.en[key] || key;
    Object.entries(values || {}).forEach(([name, value]) => { text = text.replace("{" + name + "}", value); });
    return text;
  };
  const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
  // A number as the language writes it, from its exact decimal string (never through floating
  // point): thousands grouped, the language's decimal mark, Persian digits in Persian.
  const SEPARATORS = { en: [",", "."], pt: [".", ","], fa: ["٬", "٫"] };
  const digits = (text) => {
    const value = String(text);
    const number = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
    const [group, decimal] = SEPARATORS[settings.language] || SEPARATORS.en;
    const written = number
      ? number[1] + number[2].replace(/\B(?=(\d{3})+$)/g, group) + (number[3] ? decimal + number[3] : "")
      : value;
    return settings.language === "fa" ? written.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[d]) : written;
  };
  // An exact decimal string divided by ten: toman are display-only tenths of the stored rial.
  const tenth = (decimal) => {
    const negative = decimal.startsWith("-");
    let [whole, fraction = ""] = decimal.replace("-", "").split(".");
    whole = whole.padStart(2, "0");
    fraction = (whole.slice(-1) + fraction).replace(/0+$/, "");
    whole = whole.slice(0, -1).replace(/^0+(?=\d)/, "");
    return (negative ? "-" : "") + whole + (fraction ? "." + fraction : "");
  };
  // An amount in the unit the page shows it in (toman for IRR when asked), still an exact string.
  const inShownUnit = (decimal, asset) =>
    asset === "IRR" && settings.irrUnit === "toman" ? tenth(String(decimal)) : String(decimal);
  const withUnit = (shown, asset) => digits(shown) + (asset === "IRR" ? " " + t(settings.irrUnit) : "");
  const amount = (decimal, asset) => {
    if (decimal === null || decimal === undefined || decimal === "") return "";
    return withUnit(inShownUnit(decimal, asset), asset);
  };
  // An exact decimal string rounded half away from zero to a number of decimals, still a string:
  // PnL is shown in cents (whole rial; see PNL_DECIMALS), the exact value stays in the cell's tooltip.
  const rounded = (decimal, places) => {
    const number = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
    if (!number || (number[3] || "").length <= places) return decimal;
    const kept = number[2] + number[3].slice(0, places);
    let digitsUp = number[3][places] >= "5" ? (BigInt(kept) + 1n).toString() : kept;
    digitsUp = digitsUp.padStart(places + 1, "0");
    const whole = digitsUp.slice(0, digitsUp.length - places);
    const fraction = digitsUp.slice(digitsUp.length - places);
    const zero = /^0*$/.test(whole + fraction);
    return (number[1] && !zero ? "-" : "") + whole + (places ? "." + fraction : "");
  };
  // PnL decimals by quote asset: whole rial and toman, cents of fiat money and dollar tokens, 8 for a coin.
  const PNL_DECIMALS = { IRR: 0, IRT: 0, USD: 2, USDT: 2, USDC: 2, EUR: 2, BRL: 2, GBP: 2, TRY: 2 };
  const quoteOf = (symbol) => (symbol || "").split("-")[1];
  const when = (iso) => {
    if (!iso) return t("never");
    if (settings.language !== "fa" && settings.language !== "pt") {
      // year first: "07/12/2026" read as 12 July to half the readers of English
      const parts = {};
      new Intl.DateTimeFormat("en-GB-u-ca-" + settings.calendar, { year: "numeric", month: "2-digit", day: "2-digit",
        hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone: "UTC" })
        .formatToParts(new Date(iso)).forEach((part) => { parts[part.type] = part.value; });
      return parts.year + "-" + parts.month + "-" + parts.day + " " + parts.hour + ":" + parts.minute + ":" + parts.second;
    }
    const locale = (settings.language === "fa" ? "fa-IR" : "pt-BR") + "-u-ca-" + settings.calendar;
    return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  };

  function applyLanguage() {
    document.documentElement.lang = settings.language;
    document.documentElement.dir = t("dir");
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $("#language").value = settings.language;
    $("#calendar").value = settings.calendar;
    $("#irr-unit").value = settings.irrUnit;
  }

  // ---- the API ---------------------------------------------------------------------------------
  // A request made under one login can answer after a logout or the next login: only the token
  // still in use may log the page out, and nothing is asked while nobody is logged in.
  async function api(path, method) {
    const token = settings.token;
    if (!token) throw new Error("logged out");
    let response;
    try {
      response = await fetch(path, { method: method || "GET", headers: { Authorization: "Bearer " + token } });
    } catch (e) {
      // the service is down or the network is: say so, an action must never fail without a word (and a
      // refresh of what is shown must not say that something the operator did was not done)
      problem(t(method === "POST" ? "unreachable" : "unanswered")); throw e;
    }
    if (token !== settings.token) throw new Error("answered after the login changed");
    if (response.status === 401) { logout(t("loginRefused")); throw new Error("401"); }
    const body = await response.json().catch(() => ({}));
    if (response.status === 403) { problem(t("readOnly")); throw new Error("403"); }
    if (!response.ok) { problem(body.error || body.errmsg || String(response.status)); throw new Error(String(response.status)); }
    if (method === "POST") problem("");
    return body;
  }
  // A refused action is said at the top of the page until the next action, or for half a minute:
  // left there for good, it would read as a problem of whatever the operator does next.
  let problemTimer = null;
  function problem(text) {
    const p = $("#problem"); p.textContent = text; p.hidden = !text;
    clearTimeout(problemTimer);
    if (text) problemTimer = setTimeout(() => problem(""), 30000);
  }

  // ---- what is shown ---------------------------------------------------------------------------
  // Refreshes can overlap (an action's beside an event's): an answer older than one already shown is dropped.
  let refreshesStarted = 0;
  let refreshShown = 0;
  async function refresh() {
    const mine = ++refreshesStarted;
    lastRefresh = Date.now();
    try {
      // every open order, not the latest 1,000 a list answers by default: open orders are few, and all can be cancelled here
      const open = "&limit=100000";
      const [views, kill, balances, active, partial, queued] = await Promise.all([api("/api/strategies"),
        api("/api/kill-switch"), api("/api/balances"), api("/api/orders?status=active" + open),
        api("/api/orders?status=partial" + open), api("/api/orders?status=queued" + open)]);
      if (mine < refreshShown) return;
      refreshShown = mine;
      instances = views;
      killSwitch = kill;
      renderInstances();
      renderKillSwitch();
      renderBalances(balances);
      renderOrders(active.concat(partial, queued));
      renderChartChoices();
      // the present minute's point moves with every fill and candle, as the instance rows do: an
      // equity chart a minute behind them read as a contradiction
      equitySoon();
    } catch (e) { /* shown by api() */ }
  }
  // Events coalesce into one refresh that starts after each of them: never dropped (the last candle of
  // one instance a second after another's stayed unshown until a next candle, a minute later on live
  // data), and never postponed by the events still coming (a busy replay's kept it from ever running).
  let lastRefresh = 0;
  let refreshDue = 0;
  function refreshWithin(wait) {
    const due = Date.now() + wait;
    if (refreshTimer && refreshDue <= due) return; // the refresh already due comes after this event too
    clearTimeout(refreshTimer);
    refreshDue = due;
    refreshTimer = setTimeout(() => { refreshTimer = null; refreshOnce(); }, wait);
  }
  // One event refresh at a time: a service slower to answer than events come would otherwise have
  // refreshes pile up, each six requests, and an operator's flatten queue behind them in the browser.
  // One that comes due meanwhile runs once the running one has answered.
  let refreshing = false;
  let refreshAgain = false;
  function refreshOnce() {
    if (refreshing) { refreshAgain = true; return; }
    refreshing = true;
    refresh().finally(() => {
      refreshing = false;
      if (refreshAgain) { refreshAgain = false; scheduleRefresh(); }
    });
  }
  const scheduleRefresh = () => refreshWithin(300);
  // Candles move the last tick and the unrealised PnL without any order event: they refresh too, but at
  // most every 5 s (a replay can play several candles a second).
  const refreshForCandles = () => refreshWithin(Math.max(300, 5000 - (Date.now() - lastRefresh)));

  // In a right-to-left page a leading sign would be drawn after the number ("۱۲٫۱۶-"): a
  // left-to-right mark keeps it in front.
  const cell = (row, text, number) => {
    const td = row.insertCell();
    td.textContent = number && t("dir") === "rtl" && /^[-+]/.test(text) ? "\u200E" + text : text;
    if (number) td.className = "number";
    return td;
  };
  const button = (td, key, action, danger) => {
    const b = document.createElement("button"); b.textContent = t(key); b.dataset.action = key;
    if (danger) b.className = "danger";
    b.disabled = offlineSince !== null;
    b.addEventListener("click", action); td.appendChild(b);
  };

  function renderInstances() {
    const body = $("#instances tbody"); body.replaceChildren();
    instances.forEach((i) => {
      const row = body.insertRow(); row.dataset.instance = i.id;
      const quote = quoteOf(i.symbol);
      cell(row, i.id).className = "id";
      const state = cell(row, t(i.state) + (i.pausedReason ? " (" + i.pausedReason + ")" : "")
          + (i.riskHalt ? " (" + i.riskHalt + ")" : ""));
      state.className = "state-" + i.state.toLowerCase(); state.dataset.state = i.state;
      if (i.riskHalt) state.classList.add("risk-halt"); // running, but its entries are refused
      cell(row, i.venue + " " + i.symbol).className = "market";
      cell(row, when(i.lastTick));
      cell(row, digits(i.position), true);
      cell(row, Object.entries(i.budget || {}).map(([asset, value]) => amount(value, asset) + (asset === "IRR" ? "" : " " + asset)).join(", ") || t("none"));
      pnlCell(row, i.realisedPnl, quote);
      pnlCell(row, i.unrealisedPnl, quote);
      errorsCell(row, i);
      const actions = row.insertCell();
      actions.className = "actions";
      // a stopped instance (the service is shutting down) takes no action until the service runs again
      if (settings.readOnly || i.state === "STOPPED") return;
      const act = (verb) => () => api("/api/strategies/" + encodeURIComponent(i.id) + "/" + verb, "POST").then(refresh, () => {});
      // resume also ends reduce-only: a reduce-only instance is offered it beside pause
      if (i.state === "PAUSED" || i.state === "REDUCE_ONLY") button(actions, "resume", act("resume"));
      if (i.state !== "PAUSED") button(actions, "pause", act("pause"));
      if (i.state !== "REDUCE_ONLY") button(actions, "reduceOnly", act("reduce-only"));
      button(actions, "flatten", () => { if (confirm(t("confirmFlatten", { id: i.id }))) act("flatten")(); }, true);
    });
    saysNoneWhenEmpty(body);
  }

  // The last error wraps in a few lines of its own, the whole of it in the tooltip: on one line, a long
  // one (a database's message with its SQL) pushed the actions of every instance thousands of pixels out of sight.
  function errorsCell(row, i) {
    const td = cell(row, digits(i.errors), true);
    if (!i.lastError) return;
    const text = document.createElement("div");
    text.className = "last-error";
    text.textContent = when(i.lastErrorAt) + ": " + i.lastError;
    text.title = text.textContent;
    td.appendChild(text);
  }

  // A profit says so with its sign and colour, a loss with its colour (its minus is in the number).
  // rounded in the unit shown: whole toman, not whole rial divided by ten
  function pnlCell(row, decimal, quote) {
    const exact = decimal === null || decimal === undefined ? "" : inShownUnit(decimal, quote);
    const value = rounded(exact, PNL_DECIMALS[quote] ?? 8);
    const gain = /^[0-9.]*[1-9]/.test(value);
    const td = cell(row, exact === "" ? "" : (gain ? "+" : "") + withUnit(value, quote), true);
    td.classList.add(gain ? "gain" : value.startsWith("-") ? "loss" : "flat");
    if (exact !== value) td.title = withUnit(exact, quote);
  }

  function renderKillSwitch() {
    const state = $("#kill-switch-state");
    state.hidden = !killSwitch.on;
    state.textContent = killSwitch.on ? t("killSwitchIsOn", { since: when(killSwitch.since), by: switchedBy(killSwitch.switchedBy) }) : "";
    const b = $("#kill-switch");
    b.dataset.i18n = killSwitch.on ? "killSwitchOff" : "killSwitchOn";
    b.textContent = t(b.dataset.i18n);
  }

  function renderBalances(balances) {
    const body = $("#balances tbody"); body.replaceChildren();
    balances.forEach((b) => {
      const row = body.insertRow();
      cell(row, b.venue); cell(row, b.account); cell(row, b.asset);
      cell(row, amount(b.total, b.asset), true); cell(row, amount(b.held, b.asset), true); cell(row, amount(b.available, b.asset), true);
    });
    saysNoneWhenEmpty(body);
  }
  // An empty table says so: a header alone looks like a page still loading.
  function saysNoneWhenEmpty(body) {
    if (body.rows.length) return;
    const only = body.insertRow().insertCell();
    only.colSpan = body.parentElement.tHead.rows[0].cells.length;
    only.className = "empty"; only.dataset.i18n = "none"; only.textContent = t("none");
  }

  function renderOrders(orders) {
    const body = $("#open-orders tbody"); body.replaceChildren();
    orders.forEach((o) => {
      const row = body.insertRow(); row.dataset.order = o.client_order_id;
      cell(row, o.client_order_id); cell(row, o.strategy_instance || ""); cell(row, o.reason || ""); cell(row, t(o.side) + " " + t(o.type) + " " + o.symbol);
      // a stop order's trigger, and whether it still waits for it (queued), are what an operator looks for first
      cell(row, amount(o.price, quoteOf(o.symbol)), true); cell(row, amount(o.stop_price, quoteOf(o.symbol)), true);
      cell(row, digits(o.quantity), true); cell(row, digits(o.filled), true); cell(row, t("status_" + o.status));
      const actions = row.insertCell();
      if (!settings.readOnly) button(actions, "cancel", () => api("/api/orders/" + encodeURIComponent(o.client_order_id) + "/cancel", "POST")
          .then(refresh, () => {}));
    });
    drawPriceLines(orders);
    saysNoneWhenEmpty(body);
  }

  // ---- equity curves: one line per instance, a thicker one per quote asset's total -------------
  // since: the time of the newest point drawn, so that the next answer holds only what the chart lacks (two days
  // of every curve, asked every few seconds, were near a megabyte each time); drawn whole again every hour, so
  // that points older than the two days the service keeps leave the chart
  const equity = { api: null, lines: {}, since: null, drawnWhole: 0 };
  let lastEquityRender = 0;
  let equityTimer = null;
  // at most every 5 s, and the last change within those 5 s is still drawn once they are over
  function equitySoon() {
    if (equityTimer) return;
    equityTimer = setTimeout(() => { equityTimer = null; renderEquity(); },
      Math.max(0, 5000 - (Date.now() - lastEquityRender)));
  }
  const COLORS = ["#2e90fa", "#f79009", "#7a5af8", "#12b76a", "#f04438", "#0ba5ec"];
  async function renderEquity() {
    if (!LC) return;
    lastEquityRender = Date.now();
    try {
      if (Date.now() - equity.drawnWhole > 3600000) equity.since = null;
      const since = equity.since;
      const curves = await api("/api/equity" + (since ? "?since=" + encodeURIComponent(since) : ""));
      // no instance has a curve yet (or none is configured): say so, not a blank chart
      const none = !Object.keys(curves.instances).length && !Object.keys(curves.totals).length;
      $("#equity").hidden = none; $("#equity-none").hidden = !none;
      if (none) return;
      if (!equity.api) {
        equity.api = LC.createChart($("#equity"), { autoSize: true, layout: { background: { color: "#fff" } },
          timeScale: { timeVisible: true }, localization: { priceFormatter: chartPrice(2) } });
      }
      const line = (key, title, width, color) => {
        if (!equity.lines[key]) equity.lines[key] = equity.api.addSeries(LC.LineSeries, { title, lineWidth: width, color });
        return equity.lines[key];
      };
      let newest = since;
      const points = (list) => list.map((p) => {
        if (!newest || p.time > newest) newest = p.time;
        return { time: Math.floor(new Date(p.time).getTime() / 1000), value: Number(p.equity) };
      });
      // a whole answer replaces a line; a later one updates its last minute and adds the newer ones
      const draw = (series, list) => since ? points(list).forEach((p) => series.update(p)) : series.setData(points(list));
      try {
        Object.entries(curves.instances).forEach(([id, curve], n) => draw(line("i:" + id, id, 1, COLORS[n % COLORS.length]), curve.points));
        Object.entries(curves.totals).forEach(([quote, total]) => draw(line("t:" + quote, t("totalOf", { quote }), 3, "#1d2433"), total));
      } catch (e) {
        // a point older than a line's last (the service's clock went back): the next render draws it all again
        equity.since = null; equitySoon(); return;
      }
      if (!since) equity.drawnWhole = Date.now();
      equity.since = newest;
    } catch (e) { /* shown by api() */ }
  }

  // ---- backtest reports: listed, and opened in a tab (fetched with the token, shown from memory)
  async function renderReports() {
    try {
      const reports = await api("/api/reports");
      const body = $("#reports tbody"); body.replaceChildren();
      reports.forEach((r) => {
        const row = body.insertRow(); row.dataset.report = r.name;
        cell(row, r.name); cell(row, r.strategy || r.error || ""); cell(row, r.symbol || "");
        cell(row, r.from ? when(r.from) + " – " + when(r.to) : "");
        // the report keeps the return as a fraction; shown as the report shows it, a percentage
        // an aborted run's figures stop where its strategy threw: said, as the report itself says ABORTED
        cell(row, (r.totalReturn === null || r.totalReturn === undefined ? ""
            : digits((Number(r.totalReturn) * 100).toFixed(2)) + " %") + (r.aborted ? " (" + t("aborted") + ")" : ""), true);
        cell(row, r.trades === null || r.trades === undefined ? "" : digits(r.trades), true);
        button(row.insertCell(), "open", async () => {
          const response = await fetch("/api/reports/" + encodeURIComponent(r.name), { headers: { Authorization: "Bearer " + settings.token } });
          if (!response.ok) {
            // the service says why (a report deleted since the list was drawn, a token refused): show its words
            const body = await response.json().catch(() => ({}));
            problem(r.name + ": " + (body.error || response.status)); renderReports(); return;
          }
          // the report runs in a sandboxed frame: an origin of its own, which cannot read the token this page keeps
          const tab = window.open("", "_blank");
          if (!tab) { problem(r.name + ": the browser blocked the new tab"); return; }
          tab.opener = null;
          tab.document.title = r.name;
          tab.document.body.style.margin = "0";
          const frame = tab.document.createElement("iframe");
          frame.sandbox = "allow-scripts";
          frame.style.cssText = "border:0;position:fixed;inset:0;width:100%;height:100%";
          frame.srcdoc = await response.text();
          tab.document.body.appendChild(frame);
        });
      });
      saysNoneWhenEmpty(body);
    } catch (e) { /* shown by api() */ }
  }

  // ---- the chart: the instance's candles over UDF, its fills as markers, its open orders as lines
  function renderChartChoices() {
    const select = $("#chart-instance");
    const ids = instances.map((i) => i.id);
    if (select.options.length !== ids.length || ids.some((id, n) => select.options[n].value !== id)) {
      select.replaceChildren(...ids.map((id) => new Option(id, id)));
    }
    // a service without strategy instances (the Orders API alone) has nothing to chart: say so, not a blank card
    select.hidden = !ids.length; $("#chart").hidden = !ids.length; $("#chart-none").hidden = ids.length > 0;
    if (!chart.instance && ids.length) showChart(ids[0]);
  }

  // An instance's candles are charted at its own resolution where UDF offers it, else at the finest UDF
  // resolution they build; a fill is marked on the bar its candle (candle_time) lies in.
  const CHART_RESOLUTION = { "1m": "1", "3m": "15", "5m": "5", "15m": "15", "30m": "60", "1h": "60", "2h": "240",
    "4h": "240", "6h": "1D", "12h": "1D", "1d": "1D", "1w": "1W" };
  const BAR_SECONDS = { "1": 60, "5": 300, "15": 900, "60": 3600, "240": 14400, "1D": 86400 };
  const epochSeconds = (iso) => Math.floor(new Date(iso).getTime() / 1000);
  const barOf = (seconds) => {
    const length = BAR_SECONDS[chart.resolution];
    return length ? Math.floor(seconds / length) * length : seconds;
  };

  // The charts' prices grouped as the tables write them ("123,456,789,012", not "123456789012.00", whose
  // digits an eye miscounts by ten), to as many decimals as the instance's candles have, and in toman
  // when the tables are (a rial chart beside toman tables read ten times the price).
  const chartPrice = (decimals, quote) => (price) => digits(inShownUnit(price.toFixed(decimals), quote));
  const decimalsOf = (price) => (String(price).split(".")[1] || "").length;

  async function showChart(id) {
    chart.instance = id;
    $("#chart-instance").value = id;
    const view = instances.find((i) => i.id === id);
    if (!view || !LC) return;
    chart.resolution = CHART_RESOLUTION[view.resolution] || "1";
    if (!chart.api) {
      chart.api = LC.createChart($("#chart"), { autoSize: true, layout: { background: { color: "#fff" } },
        timeScale: { timeVisible: true }, localization: { priceFormatter: chartPrice(2) } });
      chart.series = chart.api.addSeries(LC.CandlestickSeries, {});
      chart.markers = LC.createSeriesMarkers(chart.series, []);
    }
    // up to the instance's last candle: a replay's stored series goes on past where the replay is
    const to = view.lastCandle ? epochSeconds(view.lastCandle) + 1 : Math.floor(Date.now() / 1000) + 86400;
    const waiting = chart.loading = [];
    try {
      const history = await api("/udf/history?symbol=" + encodeURIComponent(view.chartTicker) + "&resolution="
          + chart.resolution + "&countback=500&to=" + to);
      if (chart.instance !== id) return;
      const bars = history.s === "ok" ? history.t.map((time, n) => ({ time, open: history.o[n], high: history.h[n],
        low: history.l[n], close: history.c[n] })) : [];
      chart.decimals = bars.length ? Math.min(8, Math.max(...bars.map((bar) => decimalsOf(bar.close)))) : 2;
      chart.quote = quoteOf(view.symbol);
      chart.api.applyOptions({ localization: { priceFormatter: chartPrice(chart.decimals, chart.quote) } });
      chart.series.setData(bars);
      chart.firstBar = bars.length ? bars[0] : null;
      chart.lastBar = bars.length ? bars[bars.length - 1] : null;
      chart.loads++;
      showMarkers();
    } catch (e) { /* shown by api() */ } finally {
      if (chart.loading === waiting) { chart.loading = null; waiting.forEach(addCandle); }
    }
  }

  function showMarkers() {
    if (!chart.markers) return;
    const markers = (fillMarkers[chart.instance] || []).map((m) => ({ ...m, time: barOf(m.time) }));
    chart.markers.setMarkers(markers);
    // what the chart shows, on its element: for a reader of the page's source and for the browser test
    Object.assign($("#chart").dataset, { instance: chart.instance, firstBar: chart.firstBar ? chart.firstBar.time : "",
      lastBar: chart.lastBar ? chart.lastBar.time : "", lastClose: chart.lastBar ? chartPrice(chart.decimals, chart.quote)(chart.lastBar.close) : "",
      loads: chart.loads, markers: markers.length,
      lastMarker: markers.length ? markers[markers.length - 1].time : "" });
  }

  function addFillMarker(event) {
    const d = event.data;
    if (!d.candle_time) return;
    const buy = d.side === "buy";
    const markers = fillMarkers[event.instance] = fillMarkers[event.instance] || [];
    markers.push({ time: epochSeconds(d.candle_time), position: buy ? "belowBar" : "aboveBar",
      color: buy ? "#067647" : "#b42318", shape: buy ? "arrowUp" : "arrowDown",
      text: (buy ? "B " : "S ") + d.quantity + " @ " + d.price });
    markers.sort((a, b) => a.time - b.time);
    if (markers.length > 500) markers.shift();
    if (event.instance === chart.instance) showMarkers();
  }

  // A candle the instance played joins the chart, into the last bar when the chart's bars are longer.
  function addCandle(event) {
    if (event.instance !== chart.instance || !chart.series) return;
    if (chart.loading) { chart.loading.push(event); return; }
    const d = event.data;
    const time = barOf(epochSeconds(d.time));
    const last = chart.lastBar;
    if (last && time < last.time) return;
    const high = Number(d.high), low = Number(d.low), close = Number(d.close);
    const bar = last && last.time === time
      ? { time, open: last.open, high: Math.max(last.high, high), low: Math.min(last.low, low), close }
      : { time, open: Number(d.open), high, low, close };
    chart.series.update(bar);
    chart.firstBar = chart.firstBar || bar;
    chart.lastBar = bar;
    showMarkers();
  }

  function drawPriceLines(orders) {
    if (!chart.series) return;
    chart.priceLines.forEach((line) => chart.series.removePriceLine(line));
    chart.priceLines = orders.filter((o) => o.strategy_instance === chart.instance && o.price).map((o) =>
      chart.series.createPriceLine({ price: Number(o.price), color: o.side === "buy" ? "#067647" : "#b42318",
        lineStyle: 2, title: o.side + " " + o.quantity }));
  }

  // ---- live events (fetch streaming: EventSource cannot send the token) ---------------------------
  // One stream at a time: a new one, or a logout, aborts the one before, which would otherwise stay
  // open until its next event (the browser keeps only a few connections to one host).
  async function follow() {
    if (stream) stream.abort();
    const mine = new AbortController();
    stream = mine;
    let wait = 1000;
    while (stream === mine) {
      try {
        const token = settings.token;
        if (!token) return;
        const response = await fetch("/api/events?after=" + lastSequence,
            { headers: { Authorization: "Bearer " + token }, signal: mine.signal });
        if (stream !== mine) return;
        if (response.status === 401) { if (token === settings.token) logout(t("loginRefused")); return; }
        if (!response.ok) throw new Error(String(response.status));
        connected(true); wait = 1000;
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done || stream !== mine) break;
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            handle(buffer.slice(0, end)); buffer = buffer.slice(end + 2);
          }
        }
      } catch (e) { /* reconnects below */ }
      if (stream !== mine) return; // ended by a logout: the next login's stream speaks for the page
      connected(false);
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 30000);
    }
  }
  function handle(block) {
    let name = "message", data = "";
    block.split("\n").forEach((line) => {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data += line.slice(5).trim();
    });
    if (name === "missed") { forgetEvents(); refresh(); scheduleChartReload(); return; }
    if (!data) return;
    const event = JSON.parse(data);
    // the stream's events come in order: the last one's number is where to resume (after a restart
    // it is lower than the old run's, which a maximum would keep, and so skip the new run's events)
    lastSequence = event.sequence;
    if (event.type === "candle") { addCandle(event); refreshForCandles(); return; }
    recentEvents.unshift(event);
    if (recentEvents.length > 200) recentEvents.pop();
    $("#events").prepend(eventItem(event));
    while ($("#events").children.length > 200) $("#events").lastChild.remove();
    if (event.type === "fill") { addFillMarker(event); addFill(event); }
    scheduleRefresh();
  }
  // The events are kept (the last 200), like the fills, so that a change of language, calendar or unit
  // spells them again; each is a sentence in the page's language, amounts as the tables write them.
  const recentEvents = [];
  // Some events are gone (the service restarted, or the page was away too long): the stream now sends
  // all the service keeps, so the page starts again from those, as a page opened now would; keeping
  // what it had would show events twice, and a chart's fills from before a restart past its bars.
  function forgetEvents() {
    lastSequence = 0;
    recentEvents.length = 0; renderEvents();
    recentFills.length = 0; renderFills(); loadStoredFills();
    Object.keys(fillMarkers).forEach((instance) => delete fillMarkers[instance]);
    showMarkers();
  }
  function renderEvents() {
    $("#events").replaceChildren(...recentEvents.map(eventItem));
  }
  function eventItem(event) {
    const item = document.createElement("li");
    item.textContent = when(event.time) + " " + (event.instance ? event.instance + ": " : "") + eventText(event);
    return item;
  }
  // who switched the kill switch (api, cli, telegram), in the page's words; the service's reasons stay its own
  const switchedBy = (source) => !source ? "?" : I18N.en["by_" + source] ? t("by_" + source) : source;
  function eventText(event) {
    const d = event.data;
    const quote = quoteOf(d.symbol);
    switch (event.type) {
      case "order":
        return t("eventOrder", { id: d.client_order_id, side: t(d.side), type: t(d.type), quantity: digits(d.quantity),
          symbol: d.symbol, price: d.price ? " @ " + amount(d.price, quote) : "", status: t("status_" + d.status) })
          + (d.rejection_reasons ? " (" + d.rejection_reasons + ")" : "") + (d.reason ? " · " + d.reason : "");
      case "fill":
        // an Orders API wallet's fill has no position before and after it
        return t(d.position_before === undefined ? "eventWalletFill" : "eventFill", { side: t(d.side), quantity: digits(d.quantity), symbol: d.symbol,
          price: amount(d.price, quote), fee: amount(d.fee, d.fee_asset) + (d.fee_asset === "IRR" ? "" : " " + d.fee_asset),
          before: digits(d.position_before), after: digits(d.position_after) }) + (d.reason ? " · " + d.reason : "");
      case "instance":
        return t("eventInstance", { state: t("state_" + d.state) }) + (d.reason ? " (" + d.reason + ")" : "");
      case "tick_skipped":
        return t("eventTickSkipped");
      case "tick_failed":
        return t("eventTickFailed", { error: d.error });
      case "feed":
        return d.state === "down" ? t("eventFeedDown", { error: d.error }) : t("eventFeedUp");
      case "kill_switch":
        return t(d.on === "true" ? "eventKillOn" : "eventKillOff", { by: switchedBy(d.by), cancelled: digits(d.orders_cancelled) });
      default:
        return event.type + " " + Object.entries(d).map(([k, v]) => k + "=" + v).join(" ");
    }
  }
  // The first connection replays the events the service keeps, so the list starts with the recent past.
  // The fills are kept (the last 100) so that a change of language, calendar or unit spells them again.
  const recentFills = [];
  // The event stream holds only what happened since the service started: the recent fills come from
  // the store, and a fill the stream sends again (it replays what it keeps) is not shown twice.
  async function loadStoredFills() {
    let stored;
    try { stored = await api("/api/fills?limit=100"); } catch (e) { return; /* shown by api() */ }
    recentFills.length = 0;
    stored.forEach((f) => recentFills.unshift({ type: "fill", instance: f.strategy_instance, time: f.created_at,
      data: { venue: f.venue, trade_id: f.trade_id, side: f.side, symbol: f.symbol, quantity: f.quantity, price: f.price,
        fee: f.fee, fee_asset: f.fee_asset, time: f.created_at } }));
    renderFills();
  }
  function addFill(event) {
    if (recentFills.some((e) => e.data.trade_id === event.data.trade_id && e.data.venue === event.data.venue)) return;
    recentFills.unshift(event);
    if (recentFills.length > 100) recentFills.pop();
    if ($("#fills tbody td.empty")) $("#fills tbody").replaceChildren();
    fillRow(event, $("#fills tbody").insertRow(0));
    while ($("#fills tbody").rows.length > 100) $("#fills tbody").deleteRow(-1);
  }
  function renderFills() {
    const body = $("#fills tbody"); body.replaceChildren();
    recentFills.forEach((event) => fillRow(event, body.insertRow(-1)));
    saysNoneWhenEmpty(body);
  }
  function fillRow(event, row) {
    const d = event.data;
    cell(row, when(d.time || event.time)); cell(row, event.instance || ""); cell(row, t(d.side));
    cell(row, d.symbol); cell(row, digits(d.quantity), true); cell(row, amount(d.price, quoteOf(d.symbol)), true);
    cell(row, amount(d.fee, d.fee_asset) + (d.fee_asset === "IRR" ? "" : " " + (d.fee_asset || "")), true);
    // a cell too narrow for its text ends in "…": the whole of it is in its tooltip
    [...row.cells].forEach((td) => { td.title = td.textContent; });
  }
  let chartTimer = null;
  function scheduleChartReload() {
    if (chartTimer) return;
    chartTimer = setTimeout(() => { chartTimer = null; if (chart.instance) showChart(chart.instance); }, 2000);
  }

  // While the event stream is down, what the page shows is as of the moment it went down: the page
  // says so, greys it and disables the actions, which could not reach the service anyway.
  let offlineSince = null;
  function connected(up) {
    const badge = $("#connection"); badge.classList.toggle("up", up);
    badge.dataset.i18n = up ? "connected" : "disconnected"; badge.textContent = t(badge.dataset.i18n);
    if (up && offlineSince) { offlineSince = null; problem(""); refresh(); }
    if (!up && !offlineSince && settings.token) offlineSince = new Date().toISOString();
    $("#dashboard").classList.toggle("stale", offlineSince !== null);
    // disabled, not only greyed: a greyed button could still be pressed from the keyboard
    document.querySelectorAll("#dashboard section button, #kill-switch").forEach((b) => { b.disabled = offlineSince !== null; });
    const banner = $("#offline");
    banner.hidden = offlineSince === null;
    if (offlineSince) banner.textContent = t("offline", { since: when(offlineSince) });
  }

  // ---- logging in and out ----------------------------------------------------------------------
  // A read-only token is offered no actions (they would only answer 403): the page asks what the token may do.
  async function enter() {
    const token = settings.token;
    $("#login").hidden = true; $("#dashboard").hidden = false;
    $("#logout").hidden = false;
    try {
      settings.readOnly = (await api("/api/session")).access !== "operate";
    } catch (e) { return; /* shown by api() */ }
    if (settings.token !== token) return; // logged out (or in again) meanwhile
    $("#kill-switch").hidden = settings.readOnly;
    $("#read-only").hidden = !settings.readOnly;
    // its own token places the order, but a watcher's page offers no action at all
    $("#manual-order").hidden = settings.readOnly;
    await refresh();
    if (settings.token !== token) return;
    await loadStoredFills();
    if (settings.token !== token) return;
    renderReports(); // the equity chart is drawn by the refresh's equitySoon
    follow();
  }
  // the equity curves and the report list change without an event: asked again every minute
  setInterval(() => { if (settings.token) { renderEquity(); renderReports(); } }, 60000);
  function logout(message) {
    sessionStorage.removeItem("tradewind.token"); settings.token = null; offlineSince = null;
    if (stream) stream.abort();
    stream = null;
    clearTimeout(refreshTimer); refreshTimer = null; clearTimeout(chartTimer); chartTimer = null; clearTimeout(equityTimer); equityTimer = null;
    equity.since = null;
    // the Orders API user's token goes with the operator's: the next login may be someone else's
    sessionStorage.removeItem("tradewind.ordersToken"); $("#order-token").value = "";
    $("#dashboard").classList.remove("stale");
    document.querySelectorAll("#dashboard section button, #kill-switch").forEach((b) => { b.disabled = false; });
    problem(""); $("#offline").hidden = true;
    // what the last login was shown, with its actions, must not greet the next one (a watcher would
    // see the operator's buttons until the first refresh answers)
    ["#instances", "#open-orders", "#balances", "#reports"].forEach((table) => $(table + " tbody").replaceChildren());
    $("#dashboard").hidden = true; $("#login").hidden = false; $("#login-error").textContent = message || "";
    $("#kill-switch").hidden = true; $("#logout").hidden = true; $("#read-only").hidden = true;
    settings.readOnly = false;
  }

  // Only the latest login attempt counts: a slow answer to an earlier one changes nothing.
  let loginAttempts = 0;
  $("#login-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const attempt = ++loginAttempts;
    const candidate = $("#token").value.trim();
    let response;
    try {
      response = await fetch("/api/strategies", { headers: { Authorization: "Bearer " + candidate } });
    } catch (error) {
      if (attempt === loginAttempts) $("#login-error").textContent = t("unanswered");
      return;
    }
    if (attempt !== loginAttempts) return;
    if (response.status !== 200) {
      // a service started without a token refuses every one: say that, not that this token is wrong
      const body = await response.json().catch(() => ({}));
      const noToken = typeof body.error === "string" && body.error.startsWith("this service has no API token");
      logout(noToken ? body.error : t("loginRefused")); return;
    }
    settings.token = candidate;
    sessionStorage.setItem("tradewind.token", candidate);
    enter();
  });
  $("#logout").addEventListener("click", () => logout());
  $("#kill-switch").addEventListener("click", () => {
    if (killSwitch.on) {
      if (confirm(t("confirmKillOff"))) api("/api/kill-switch/off", "POST").then(refresh, () => {});
    } else if (confirm(t("confirmKill"))) {
      api("/api/kill-switch?cancelOrders=true", "POST").then(refresh, () => {});
    }
  });
  $("#chart-instance").addEventListener("change", (e) => showChart(e.target.value));
  // only the fields the chosen type takes are open: a market order has no price, only stops a stop price
  function orderFieldsForType() {
    const type = $("#order-type").value;
    $("#order-price").disabled = type === "market" || type === "stop-market";
    $("#order-stop").disabled = !type.startsWith("stop-");
  }
  $("#order-type").addEventListener("change", orderFieldsForType);
  orderFieldsForType();
  // The Orders API signs in its own users: the form uses one of their tokens, kept for the tab only.
  $("#order-token").value = sessionStorage.getItem("tradewind.ordersToken") || "";
  $("#order-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const ordersToken = $("#order-token").value.trim();
    sessionStorage.setItem("tradewind.ordersToken", ordersToken);
    const body = { symbol: $("#order-symbol").value.trim(), side: $("#order-side").value, type: $("#order-type").value,
      quantity: $("#order-quantity").value.trim() };
    if (!$("#order-price").disabled && $("#order-price").value.trim()) body.price = $("#order-price").value.trim();
    if (!$("#order-stop").disabled && $("#order-stop").value.trim()) body.stop_price = $("#order-stop").value.trim();
    let response;
    try {
      response = await fetch("/api/exchange/v1/orders", { method: "POST",
        headers: { Authorization: "Bearer " + ordersToken, "Content-Type": "application/json" }, body: JSON.stringify(body) });
    } catch (error) {
      showOrderResult(true, () => t("unreachable")); return;
    }
    const answer = await response.json().catch(() => ({}));
    if (response.status === 201) {
      showOrderResult(false, () => t("placed", { uid: answer.uid, status: t("status_" + answer.status) }));
      scheduleRefresh();
    } else {
      // the checks' messages are the API's own (English); the page's words around them follow its language
      showOrderResult(true, () => t("refused") + " (" + response.status + "): " + (Array.isArray(answer.detail)
        ? answer.detail.map((d) => (d.loc || []).slice(1).join(".") + ": " + d.msg).join("; ") : answer.detail || ""));
    }
  });
  // The last order's result, kept as how to spell it, so that a change of language spells it again.
  let orderResultText = null;
  function showOrderResult(error, text) {
    orderResultText = text;
    $("#order-result").className = error ? "error" : "";
    renderOrderResult();
  }
  function renderOrderResult() {
    $("#order-result").textContent = orderResultText ? orderResultText() : "";
  }
  [["#language", "language"], ["#calendar", "calendar"], ["#irr-unit", "irrUnit"]].forEach(([selector, key]) => {
    $(selector).addEventListener("change", (e) => {
      settings[key] = e.target.value; localStorage.setItem("tradewind." + key, e.target.value);
      applyLanguage(); renderFills(); renderEvents(); renderOrderResult(); if (settings.token) { refresh(); renderReports(); }
      // the charts' axes are drawn again in the new language's digits
      if (chart.api) { chart.api.applyOptions({ localization: { priceFormatter: chartPrice(chart.decimals, chart.quote) } }); showMarkers(); }
      if (equity.api) equity.api.applyOptions({ localization: { priceFormatter: chartPrice(2) } });
    });
  });

  applyLanguage();
  if (settings.token) enter(); else logout();
})();
