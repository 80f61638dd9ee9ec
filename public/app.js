// Starts Web Chat against this server's Direct Line; keeps the conversation across a reload; help line, quick exit and "wis dit gesprek".
(function () {
  var element = document.getElementById('webchat');
  var lang = element.getAttribute('data-lang') || 'nl';
  var embedded = document.body.className.indexOf('sw-embedded') >= 0 && window.parent !== window;
  var storageKey = 'steunwijzer.session';
  var quickExitButton = document.getElementById('sw-quick-exit');
  var forgetButton = document.getElementById('sw-forget');
  var helpLine = document.querySelector('.sw-helpline');
  var directLine = null;

  // sessionStorage keeps the chat across a reload; in a frame on another site the browser may refuse it, then memory it is.
  var memory = {};
  var storage = {
    get: function (key) {
      try { return sessionStorage.getItem(key); } catch (e) { return memory[key] || null; }
    },
    set: function (key, value) {
      try { sessionStorage.setItem(key, value); } catch (e) { memory[key] = value; }
    },
    clear: function () {
      memory = {};
      try { sessionStorage.clear(); } catch (e) { /* refused: nothing was stored there */ }
    }
  };

  function saved() {
    try {
      var session = JSON.parse(storage.get(storageKey) || 'null');
      return session && session.expiresAt > Date.now() + 60000 ? session : null;
    } catch (e) {
      return null;
    }
  }

  function newSession() {
    return fetch('/v3/directline/tokens/generate', { method: 'POST' }).then(function (res) {
      if (!res.ok) throw new Error('token ' + res.status);
      return res.json();
    }).then(function (body) {
      var session = { token: body.token, conversationId: body.conversationId, userId: body.userId, expiresAt: Date.now() + body.expires_in * 1000 };
      storage.set(storageKey, JSON.stringify(session));
      return session;
    });
  }

  function sendBox() {
    return element.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
  }

  // The help line stays in sight right above the send box; Web Chat owns its DOM, so we put it back if a render removes it.
  function keepHelpLineAboveSendBox() {
    var box = element.querySelector('.webchat__send-box');
    if (!helpLine || !box || box.previousSibling === helpLine) return;
    box.parentNode.insertBefore(helpLine, box);
  }

  // After each reply the focus stays in (or returns to) the send box, so keyboard and screen-reader users can type on.
  function keepFocusInSendBox() {
    var active = document.activeElement;
    if (active && active !== document.body && !element.contains(active)) return;
    if (active && active.closest && active.closest('.webchat__suggested-actions, .ac-adaptiveCard')) return;
    var input = sendBox();
    if (input && active !== input) input.focus();
  }

  function clearEverything() {
    storage.clear();
    if (directLine) try { directLine.end(); } catch (e) { /* already ended */ }
    element.innerHTML = '';
    document.title = '';
  }

  // Snel weg: leave no trace on a shared device; replace() so Back does not return here.
  function quickExit() {
    var url = quickExitButton.getAttribute('data-url');
    clearEverything();
    document.body.innerHTML = '';
    if (embedded) window.parent.postMessage({ type: 'steunwijzer:quick-exit', url: url }, '*');
    else window.location.replace(url);
  }

  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape < 1500) quickExit();
    lastEscape = now;
  }, true);
  quickExitButton.addEventListener('click', quickExit);

  // The embed on the host page asks us to clear before it leaves (Esc twice pressed on the host page).
  window.addEventListener('message', function (event) {
    if (!embedded || event.source !== window.parent || !event.data || event.data.type !== 'steunwijzer:clear') return;
    clearEverything();
    window.parent.postMessage({ type: 'steunwijzer:cleared' }, '*');
  });

  // Wis dit gesprek: the server forgets it too (the forget command), then a fresh conversation starts.
  forgetButton.addEventListener('click', function () {
    var done = function () {
      storage.clear();
      window.location.reload();
    };
    if (!directLine) return done();
    forgetButton.disabled = true;
    directLine.postActivity({ type: 'message', text: element.getAttribute('data-forget-text'), from: { id: userId } })
      .subscribe({ complete: done, error: done });
  });

  var userId = null;
  var existing = saved();
  (existing ? Promise.resolve(existing) : newSession()).then(function (session) {
    userId = session.userId;
    directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: window.location.origin + '/v3/directline',
      webSocket: true,
      conversationId: existing ? session.conversationId : undefined
    });
    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') setTimeout(keepFocusInSendBox, 0);
          return result;
        };
      };
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: session.userId,
      locale: lang === 'en' ? 'en-US' : 'nl-NL',
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: element.getAttribute('data-input-placeholder') },
      styleOptions: {
        hideUploadButton: true, botAvatarInitials: 'SW', suggestedActionLayout: 'flow', sendTypingIndicator: false,
        accent: getComputedStyle(document.documentElement).getPropertyValue('--sw-brand').trim() || '#154273'
      }
    }, element);
    new MutationObserver(keepHelpLineAboveSendBox).observe(element, { childList: true, subtree: true });
    keepHelpLineAboveSendBox();
    var input = sendBox();
    if (input) input.focus();
  }).catch(function () {
    storage.clear();
    element.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'load-error';
    p.textContent = element.getAttribute('data-load-error');
    element.appendChild(p);
  });
})();
