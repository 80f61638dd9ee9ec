// Starts Web Chat against this server's local Direct Line endpoint; keeps the conversation across a page reload.
(function () {
  var element = document.getElementById('webchat');
  var lang = element.getAttribute('data-lang') || 'nl';
  var storageKey = 'steunwijzer.session';

  function saved() {
    try {
      var session = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
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
      sessionStorage.setItem(storageKey, JSON.stringify(session));
      return session;
    });
  }

  var existing = saved();
  (existing ? Promise.resolve(existing) : newSession()).then(function (session) {
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: window.location.origin + '/v3/directline',
      webSocket: false,
      conversationId: existing ? session.conversationId : undefined
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: session.userId,
      locale: lang === 'en' ? 'en-US' : 'nl-NL',
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: element.getAttribute('data-input-placeholder') },
      styleOptions: { hideUploadButton: true, botAvatarInitials: 'SW', suggestedActionLayout: 'flow', sendTypingIndicator: false }
    }, element);
    document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
  }).catch(function () {
    sessionStorage.removeItem(storageKey);
    element.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'load-error';
    p.textContent = element.getAttribute('data-load-error');
    element.appendChild(p);
  });
})();
