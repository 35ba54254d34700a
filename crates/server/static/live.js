// Gemeng's live rooms (the event day's lounge and stands): the page works without
// this script, by reloading; with it, what others say appears as soon as it is stored.
// The protocol is described in docs/live.md. Written for old phones' browsers: no
// modules, no optional chaining, no build step.
(function () {
  "use strict";
  var root = document.getElementById("live");
  if (!root || !window.WebSocket || !window.fetch) return;

  var room = root.getAttribute("data-room");
  var stand = Number(root.getAttribute("data-stand") || 0);
  var chat = Number(root.getAttribute("data-chat") || 0);
  var place = Number(root.getAttribute("data-place") || 0);
  // "Meet someone" on the lounge's page: while waiting, the pairing is awaited live.
  var meet = document.getElementById("meet");
  var status = document.getElementById("live-status");
  var lastId = 0;
  var socket = null;
  var retries = 0;
  var stopped = false;
  // A stand's questions as they stand come after each subscription; the first time
  // the page already shows them, after a reconnection it may not.
  var inSnapshot = false;
  var connections = 0;

  function say(key) {
    if (status) status.textContent = root.getAttribute("data-status-" + key) || "";
  }

  // The lounge: messages are rendered from the page's own template.
  var list = document.getElementById("messages");
  var template = document.getElementById("message-template");
  var timeFormat = null;
  try {
    timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: root.getAttribute("data-time-zone") || undefined
    });
  } catch (e) {
    timeFormat = null;
  }
  if (list) {
    var shown = list.querySelectorAll("[data-id]");
    for (var i = 0; i < shown.length; i++) {
      lastId = Math.max(lastId, Number(shown[i].getAttribute("data-id")));
    }
  }

  function showMessage(m) {
    if (!list || !template || document.getElementById("message-" + m.id)) return;
    var item = template.content.firstElementChild.cloneNode(true);
    item.id = "message-" + m.id;
    item.setAttribute("data-id", String(m.id));
    item.querySelector("[data-author]").textContent = m.author;
    item.querySelector("[data-body]").textContent = m.body;
    item.querySelector("[data-time]").textContent = timeFormat
      ? timeFormat.format(new Date(m.sent_at * 1000))
      : "";
    var forms = item.querySelectorAll("form[data-action]");
    for (var j = 0; j < forms.length; j++) {
      forms[j].action = forms[j].getAttribute("data-action").replace("{id}", String(m.id));
    }
    var links = item.querySelectorAll("a[data-href]");
    for (var k = 0; k < links.length; k++) {
      links[k].href = links[k].getAttribute("data-href").replace("{id}", String(m.id));
    }
    // One does not report one's own words.
    if (m.from === place) {
      var others = item.querySelectorAll("[data-others-only]");
      for (var n = 0; n < others.length; n++) others[n].remove();
    }
    list.appendChild(item);
    var empty = document.getElementById("lounge-empty");
    if (empty) empty.hidden = true;
  }

  // A stand's questions: their order, votes and the reader's own buttons are the
  // server's to render, so the list is fetched again (once for a burst of changes).
  var refetch = null;
  function refreshQuestions() {
    if (refetch) return;
    refetch = setTimeout(function () {
      refetch = null;
      fetch(root.getAttribute("data-page") || location.pathname, { credentials: "same-origin", cache: "no-store" })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("question-list");
          var current = document.getElementById("question-list");
          if (!fresh || !current) return;
          // What someone is typing there (an answer) and where they are stay.
          var focused = document.activeElement && current.contains(document.activeElement) ? document.activeElement.id : "";
          var typed = {};
          var areas = current.querySelectorAll("textarea");
          for (var k = 0; k < areas.length; k++) {
            if (areas[k].id && areas[k].value) typed[areas[k].id] = areas[k].value;
          }
          // The list's content changes in place: it is a live region, which screen
          // readers announce only while it stays in the page.
          current.innerHTML = fresh.innerHTML;
          for (var id in typed) {
            var again = document.getElementById(id);
            if (again) again.value = typed[id];
          }
          if (focused) {
            var back = document.getElementById(focused);
            if (back) back.focus();
          }
        })
        .catch(function () {});
    }, 300 + Math.random() * 700);
  }

  // The "meet someone" part is the server's to render: fetched again when told.
  function refreshMeeting() {
    fetch(location.pathname, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("meet");
        var current = document.getElementById("meet");
        var freshState = fresh && fresh.querySelector("#meet-state");
        var state = current && current.querySelector("#meet-state");
        if (!freshState || !state) return;
        // The status region stays and its content changes, so screen readers read
        // the news ("You are meeting Ana"); the list of chats after it is replaced.
        state.innerHTML = freshState.innerHTML;
        while (state.nextSibling) current.removeChild(state.nextSibling);
        for (var node = freshState.nextSibling; node; node = node.nextSibling) {
          current.appendChild(document.importNode(node, true));
        }
        current.setAttribute("data-meeting", fresh.getAttribute("data-meeting"));
      })
      .catch(function () {});
  }

  function ours(frame) {
    return frame.room === room && (room !== "chat" || frame.chat === chat);
  }

  function take(frame) {
    if (frame.type === "meeting") {
      if (meet && frame.state !== meet.getAttribute("data-meeting")) refreshMeeting();
    } else if (frame.type === "message" && ours(frame)) {
      lastId = Math.max(lastId, frame.message.id);
      showMessage(frame.message);
    } else if (frame.type === "hidden" && frame.room === "lounge") {
      var gone = document.getElementById("message-" + frame.id);
      if (gone) gone.remove();
    } else if (frame.type === "reset" && ours(frame) && room !== "stand" && list) {
      list.textContent = "";
    } else if (frame.type === "presence") {
      var count = document.getElementById("present-count");
      if (count) count.textContent = String(frame.count);
    } else if (frame.type === "reset" && frame.room === "stand") {
      inSnapshot = true;
    } else if ((frame.type === "question" || frame.type === "hidden") && frame.room === "stand") {
      if (!inSnapshot) refreshQuestions();
    } else if (frame.type === "subscribed") {
      if (frame.room === "stand" && inSnapshot && connections > 1) refreshQuestions();
      inSnapshot = false;
      retries = 0;
      say("live");
    }
  }

  function subscribe() {
    var request = { type: "subscribe", room: room };
    if (room === "lounge" || room === "chat") request.after = lastId;
    if (room === "stand") request.stand = stand;
    if (room === "chat") request.chat = chat;
    socket.send(JSON.stringify(request));
    if (meet && meet.getAttribute("data-meeting") === "waiting") {
      socket.send(JSON.stringify({ type: "subscribe", room: "meeting" }));
    }
  }

  function connect() {
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + root.getAttribute("data-live");
    socket = new WebSocket(url);
    connections += 1;
    socket.onopen = subscribe;
    socket.onmessage = function (event) {
      try {
        take(JSON.parse(event.data));
      } catch (e) {
        // A frame this page does not know: ignored.
      }
    };
    socket.onclose = function (event) {
      socket = null;
      if (stopped) return;
      if (event.code === 4003) {
        stopped = true;
        say("stopped");
        return;
      }
      say("reconnecting");
      // A resume the server asked for comes soon; a lost connection backs off.
      var wait = event.code === 4000 ? 500 : Math.min(30000, 1000 * Math.pow(2, retries));
      retries += 1;
      setTimeout(connect, wait + Math.random() * 1500);
    };
  }

  // Forms marked `data-live-form` post in the background; what they change comes back
  // over the socket. A refusal (an error, a flood) posts the form the ordinary way,
  // so the server's page with its message is shown.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-live-form") || !socket) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      body: new URLSearchParams(new FormData(form))
    })
      .then(function (r) {
        if (!r.ok || !r.redirected) return Promise.reject(r.status);
        return r.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var key = fresh.querySelector("form[data-live-form] input[name=request_key]");
        var own = form.querySelector("input[name=request_key]");
        if (key && own) own.value = key.value;
        var text = form.querySelector("textarea");
        if (text) text.value = "";
        if (button) button.disabled = false;
        if (room === "stand") refreshQuestions();
      })
      .catch(function () {
        HTMLFormElement.prototype.submit.call(form);
      });
  });

  connect();
})();
