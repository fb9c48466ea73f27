// The try-it page: sends what the user types to POST api/chat and draws the reply.
// Reply text is only ever set with textContent, never parsed as HTML, so nothing the bot or the
// user says can become markup. The URL is relative so the page also works under a path prefix.
(function () {
  "use strict";

  var API_URL = "api/chat";
  var USER_KEY = "policy-bot.user-id";
  var TOKEN_KEY = "policy-bot.api-token";
  var NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("text");
  var send = document.getElementById("send");
  var busy = false;

  // --- storage: a persistent random user id, a per-tab token -------------------------------
  var memory = {};
  function load(storage, key) {
    try { return window[storage].getItem(key); } catch (e) { return memory[storage + key] || null; }
  }
  function save(storage, key, value) {
    try {
      if (value === null) { window[storage].removeItem(key); } else { window[storage].setItem(key, value); }
    } catch (e) { memory[storage + key] = value; }
  }
  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return "web-" + Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }
  function userId() {
    var id = load("localStorage", USER_KEY);
    if (!id) { id = randomId(); save("localStorage", USER_KEY, id); }
    return id;
  }

  // --- formatting ----------------------------------------------------------------------------
  function trimZeros(s) { return s.indexOf(".") < 0 ? s : s.replace(/0+$/, "").replace(/\.$/, ""); }
  // 100000 -> "10万元", 2500 -> "2500元", "1234.5" -> "1234.5元".
  function formatYuan(value) {
    var n = typeof value === "number" ? value : Number(value);
    if (!isFinite(n)) { return String(value) + "元"; }
    if (Math.abs(n) >= 10000) { return trimZeros((n / 10000).toFixed(4)) + "万元"; }
    return (typeof value === "string" ? trimZeros(value) : String(n)) + "元";
  }
  function clauseName(c) {
    var i = parseInt(c, 10);
    if (String(i) === String(c) && NUMERALS[i]) { return "第（" + NUMERALS[i] + "）条"; }
    if (c === "annex") { return "附则"; }
    return String(c);
  }

  // --- drawing -------------------------------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  // A long reply is read from its top (where the amount is), not from its last line.
  function showReply(msg) {
    var top = msg.getBoundingClientRect().top - log.getBoundingClientRect().top;
    if (msg.offsetHeight > log.clientHeight - 16) { log.scrollTop += top - 8; } else { scrollDown(); }
  }
  function bubble(who, extraClass) {
    var msg = el("div", "msg " + who + (extraClass ? " " + extraClass : ""));
    var inner = el("div", "bubble");
    msg.appendChild(inner);
    log.appendChild(msg);
    scrollDown();
    return inner;
  }
  function fold(parent, title, items, ordered) {
    if (!items || !items.length) { return; }
    var details = el("details", "fold");
    details.appendChild(el("summary", null, title));
    var list = el(ordered ? "ol" : "ul");
    items.forEach(function (item) { list.appendChild(el("li", null, item)); });
    details.appendChild(list);
    parent.appendChild(details);
  }
  function asList(v) { return Array.isArray(v) ? v : []; }

  function drawReply(data) {
    var kind = typeof data.kind === "string" ? data.kind : "fallback";
    var box = bubble("bot", "kind-" + kind.replace(/[^a-z]/g, ""));
    if (data.eligible === false) {
      box.appendChild(el("span", "badge badge-no", "不符合条件"));
    } else if (data.eligible === true) {
      box.appendChild(el("span", "badge badge-yes", "符合条件"));
    }
    if (data.amount_yuan !== null && data.amount_yuan !== undefined && data.eligible !== false) {
      var amount = el("div", "amount");
      amount.appendChild(el("span", "amount-label", "可享受"));
      amount.appendChild(el("span", "amount-value", formatYuan(data.amount_yuan)));
      box.appendChild(amount);
    }
    box.appendChild(el("p", "text", data.reply));
    var options = asList(data.options);
    if (options.length && (kind === "clarify" || kind === "ask")) {
      var ol = el("ol", "options");
      options.forEach(function (label, i) {
        var li = el("li");
        var button = el("button", "option", (i + 1) + ". " + label);
        button.type = "button";
        button.addEventListener("click", function () {
          if (busy) { return; }
          button.classList.add("chosen");
          ask(String(i + 1));
        });
        li.appendChild(button);
        ol.appendChild(li);
      });
      box.appendChild(ol);
    }
    fold(box, "计算过程", asList(data.steps), true);
    fold(box, "所需材料", asList(data.documents), false);
    var clauses = asList(data.clauses);
    if (clauses.length) {
      fold(box, "政策依据", ["《杭州市滨江区人民政府关于推进高质量就业工作的意见（征求意见稿）》" +
        clauses.map(clauseName).join("、")], false);
    }
    return box.parentNode;
  }
  function drawError(message) {
    var box = bubble("bot", "error");
    box.appendChild(el("p", "text", message));
    return box.parentNode;
  }
  // Old options would answer a question the bot is no longer asking.
  function retireOptions() {
    Array.prototype.forEach.call(log.querySelectorAll("button.option"), function (b) {
      b.disabled = true;
    });
  }

  // --- talking to the API --------------------------------------------------------------------
  function politeError(status) {
    if (status === 401) { return "需要访问令牌：请在页面下方“设置”中填写访问令牌后重试。"; }
    if (status === 413) { return "消息太长了，请精简后再发送。"; }
    if (status === 400) { return "消息格式有误，请换个说法再试。"; }
    if (status === 429) { return "发送太频繁了，请稍后再试。"; }
    return "抱歉，服务暂时不可用（" + status + "），请稍后再试。";
  }
  function ask(text) {
    text = String(text || "").trim();
    if (!text || busy) { return; }
    busy = true;
    send.disabled = true;
    retireOptions();
    bubble("user").appendChild(el("p", "text", text));
    var waiting = bubble("bot", "pending");
    waiting.appendChild(el("p", "text", "正在查询…"));
    var headers = { "Content-Type": "application/json" };
    var token = load("sessionStorage", TOKEN_KEY);
    if (token) { headers.Authorization = "Bearer " + token; }
    fetch(API_URL, {
      method: "POST",
      headers: headers,
      body: JSON.stringify({ user_id: userId(), text: text }),
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        // A 503 from the API still carries a polite reply the user can read.
        if (data && typeof data.reply === "string") { return drawReply(data); }
        return drawError(politeError(response.status));
      });
    }).catch(function () {
      return drawError("网络连接失败，请检查网络后重试。");
    }).then(function (msg) {
      waiting.parentNode.remove();
      busy = false;
      send.disabled = false;
      showReply(msg);
    });
  }

  // --- wiring --------------------------------------------------------------------------------
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || busy) { return; }
    input.value = "";
    ask(text);
  });
  input.addEventListener("keydown", function (event) {
    // Enter sends, Shift+Enter breaks the line; Enter that confirms an IME candidate does neither.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll(".chip"), function (chip) {
    chip.addEventListener("click", function () { ask(chip.textContent); });
  });
  document.getElementById("reset").addEventListener("click", function () {
    if (busy) { return; }
    Array.prototype.forEach.call(log.querySelectorAll(".msg:not(.intro)"), function (m) {
      m.remove();
    });
    ask("重新开始");
  });

  var tokenForm = document.getElementById("token-form");
  var tokenInput = document.getElementById("token");
  var tokenStatus = document.getElementById("token-status");
  tokenInput.value = load("sessionStorage", TOKEN_KEY) || "";
  tokenForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var value = tokenInput.value.trim();
    save("sessionStorage", TOKEN_KEY, value || null);
    tokenStatus.textContent = value ? "已保存" : "已清除";
  });
}());
