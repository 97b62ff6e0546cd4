/* Keyboard workspace for the queue and the draft page. Progressive enhancement: every key presses a button or
   follows a link that works without this script. */
(function () {
  "use strict";
  var KEYS = [["j / k", "next / previous draft"], ["Enter", "open the draft"], ["a", "approve (then the next draft)"],
              ["e", "edit the draft"], ["r", "reject"], ["s", "snooze (pick a preset)"], ["x", "select for Approve selected"],
              ["u", "undo the last action"], ["Ctrl/Cmd+Enter", "approve from the editor"], ["?", "show these keys"]];
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.queue tbody tr"));
  var current = 0;

  function typing(event) {
    var t = event.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }
  function mark(index) {
    if (!rows.length) { return; }
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) {
      row.classList.toggle("current", i === current);
      row.setAttribute("aria-selected", i === current ? "true" : "false");
    });
    rows[current].scrollIntoView({block: "nearest"});
  }
  function press(selector, scope) {
    var el = (scope || document).querySelector(selector);
    if (el) { el.click(); return true; }
    return false;
  }
  function help() {
    var box = document.getElementById("keys-help");
    if (box) { box.remove(); return; }
    box = document.createElement("div");
    box.id = "keys-help";
    box.className = "card keys-help";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", "Keyboard shortcuts");
    var list = document.createElement("dl");
    KEYS.forEach(function (pair) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = pair[0]; dd.textContent = pair[1];
      list.appendChild(dt); list.appendChild(dd);
    });
    box.appendChild(list);
    document.querySelector("main").prepend(box);
  }

  function openSnooze(link) {
    var menu = document.getElementById("snooze-menu");
    if (!menu) { return; }
    menu.querySelectorAll("button").forEach(function (b) { b.setAttribute("formaction", link.getAttribute("data-snooze")); });
    link.closest("td").appendChild(menu);
    menu.hidden = false;
    menu.querySelector("button").focus();
  }
  document.querySelectorAll("[data-snooze]").forEach(function (link) {
    link.addEventListener("click", function (event) { event.preventDefault(); openSnooze(link); });
  });
  rows.forEach(function (row, i) { row.addEventListener("click", function () { mark(i); }); });

  // grounding as the rep types: the server checks the text and lists what no source supports; a layer behind the
  // text box marks those tokens (and unfilled answer slots) inside the body. The server re-checks on approval.
  var body = document.querySelector("textarea[data-check]");
  var live = document.getElementById("live-grounding");
  var timer = null;
  var layer = null;
  var unverified = [];
  var SLOT = /\[\[answer:[^\]]*\]\]/g;

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function fitLayer() {
    var style = window.getComputedStyle(body);
    ["fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "paddingTop", "paddingRight",
     "paddingBottom", "paddingLeft", "tabSize"].forEach(function (name) { layer.style[name] = style[name]; });
    layer.style.top = (body.offsetTop + body.clientTop) + "px";
    layer.style.left = (body.offsetLeft + body.clientLeft) + "px";
    layer.style.width = body.clientWidth + "px";
    layer.style.height = body.clientHeight + "px";
    layer.scrollTop = body.scrollTop;
  }
  function paint() {
    if (!layer) { return; }
    var text = body.value;
    var tokens = unverified.filter(function (t) { return t && t.trim(); })
      .sort(function (a, b) { return b.length - a.length; }).map(escapeRegExp);
    var parts = [];
    if (tokens.length) { parts.push("(?<![\\w])(?:" + tokens.join("|") + ")(?![\\w])"); }
    parts.push(SLOT.source);
    var pattern = new RegExp(parts.join("|"), "g");
    var html = "", last = 0, found;
    while ((found = pattern.exec(text)) !== null) {
      if (!found[0]) { pattern.lastIndex += 1; continue; }
      html += escapeHtml(text.slice(last, found.index));
      var kind = found[0].indexOf("[[answer:") === 0 ? "slot" : "unverified";
      html += '<mark class="' + kind + '">' + escapeHtml(found[0]) + "</mark>";
      last = found.index + found[0].length;
    }
    html += escapeHtml(text.slice(last)) + "\n";  // a trailing newline keeps the last line's height
    layer.innerHTML = html;
    fitLayer();
  }
  function check() {
    var form = body.form;
    fetch(body.getAttribute("data-check"), {method: "POST", body: new FormData(form), credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        unverified = data.unverified || [];
        paint();
        live.className = data.count ? "small flash error" : "small muted";
        live.textContent = data.count ? "Not found in this customer's sources (marked in the text): " +
          data.unverified.join(", ") + " (approving will ask first)" :
          "Every figure, date and name in the text is found in the sources.";
      })
      .catch(function () { /* the approval re-checks anyway */ });
  }
  if (body && live) {
    var wrap = document.createElement("span");  // phrasing content: it sits inside the label
    wrap.className = "editor";
    body.parentNode.insertBefore(wrap, body);
    layer = document.createElement("span");
    layer.className = "marks";
    layer.setAttribute("aria-hidden", "true");
    wrap.appendChild(layer);
    wrap.appendChild(body);
    try { unverified = JSON.parse(body.getAttribute("data-unverified") || "[]"); } catch (e) { unverified = []; }
    paint();
    body.addEventListener("input", function () { paint(); clearTimeout(timer); timer = setTimeout(check, 400); });
    body.addEventListener("scroll", function () { layer.scrollTop = body.scrollTop; });
    window.addEventListener("resize", fitLayer);
    if (window.ResizeObserver) { new ResizeObserver(fitLayer).observe(body); }
  }
  mark(0);

  document.addEventListener("keydown", function (event) {
    var editor = document.querySelector(".draft-form");
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && editor) {
      event.preventDefault();
      press('button[name="action"][value="approve"]', editor);
      return;
    }
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var focused = event.target && event.target.tagName;
    if ((event.key === "Enter" || event.key === " ") && (focused === "BUTTON" || focused === "A" || focused === "SUMMARY")) {
      return;  // the focused control does its own thing
    }
    var row = rows[current];
    var handled = true;
    switch (event.key) {
      case "j": if (rows.length) { mark(current + 1); } else { handled = press("[data-next]"); } break;
      case "k": mark(current - 1); break;
      case "Enter": handled = row ? press("td:nth-child(4) a", row) : false; break;
      case "a": handled = row ? press('button[data-key="a"]', row) : press('button[name="action"][value="approve"]'); break;
      case "r": handled = row ? press('button[data-key="r"]', row) : press("button.danger"); break;
      case "e":
        if (row) { handled = press("td:nth-child(4) a", row); }
        else if (editor) { editor.querySelector("textarea").focus(); }
        break;
      case "s":
        if (row && row.querySelector("[data-snooze]")) { openSnooze(row.querySelector("[data-snooze]")); }
        else { var preset = document.querySelector('button[name="preset"]'); if (preset) { preset.focus(); } else { handled = false; } }
        break;
      case "Escape": var menu = document.getElementById("snooze-menu"); if (menu) { menu.hidden = true; } break;
      case "x": if (row) { var box = row.querySelector('input[type="checkbox"]'); if (box && !box.disabled) { box.checked = !box.checked; } } break;
      case "u": handled = press("[data-undo]"); break;
      case "?": help(); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });
}());
