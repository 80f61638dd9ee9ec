// The one-tag embed for a municipal website: a chat button that opens our chat page in a panel, or the chat inline in a container.
// <script src="https://chat.example.nl/embed.js" data-lang="nl" data-container="chat" async></script>
(function (settings) {
  var script = document.currentScript;
  if (!script || window.__steunwijzerEmbed) return;
  window.__steunwijzerEmbed = true;
  var origin = new URL(script.src).origin;
  var lang = script.getAttribute('data-lang') === 'en' ? 'en' : 'nl';
  var texts = settings.texts[lang];
  var container = script.getAttribute('data-container') ? document.getElementById(script.getAttribute('data-container')) : null;
  var frame = null;
  var panel = null;
  var button = null;

  var css = [
    '.steunwijzer-embed__button{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;min-height:48px;min-width:48px;padding:0.75rem 1.25rem;',
    'border:2px solid #fff;border-radius:24px;background:' + settings.color + ';color:#fff;font:700 1rem/1.2 system-ui,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.35)}',
    '.steunwijzer-embed__button:focus-visible,.steunwijzer-embed__close:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #000}',
    '.steunwijzer-embed__panel{position:fixed;right:1rem;bottom:5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));height:min(40rem,calc(100vh - 6rem));',
    'display:flex;flex-direction:column;background:#fff;border:2px solid ' + settings.color + ';border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.35)}',
    '.steunwijzer-embed__close{align-self:flex-end;min-height:44px;min-width:44px;margin:0.25rem;border:2px solid ' + settings.color + ';border-radius:4px;background:#fff;color:' + settings.color + ';font:700 1rem system-ui,sans-serif;cursor:pointer}',
    '.steunwijzer-embed__frame{flex:1;width:100%;min-height:0;border:0}',
    '.steunwijzer-embed__inline{width:100%;height:100%;min-height:30rem;border:0}'
  ].join('');

  function addStyle() {
    var style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
  }

  function makeFrame(className) {
    var iframe = document.createElement('iframe');
    iframe.src = origin + '/?embed=1&lang=' + lang;
    iframe.title = texts.frameTitle;
    iframe.className = className;
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    return iframe;
  }

  // Snel weg: the chat clears its storage and DOM, then this page is replaced so Back does not return to it.
  function leave(url) {
    if (panel) panel.remove();
    if (frame) frame.remove();
    if (button) button.remove();
    window.location.replace(url || settings.quickExitUrl);
  }

  function quickExitFromHost() {
    if (!frame || !frame.contentWindow) return leave();
    var done = false;
    var finish = function () {
      if (done) return;
      done = true;
      leave();
    };
    window.addEventListener('message', function (event) {
      if (event.origin === origin && event.data && event.data.type === 'steunwijzer:cleared') finish();
    });
    frame.contentWindow.postMessage({ type: 'steunwijzer:clear' }, origin);
    setTimeout(finish, 300);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow || !event.data) return;
    if (event.data.type === 'steunwijzer:quick-exit') leave(settings.quickExitUrl);
  });

  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !frame) return;
    var now = Date.now();
    if (now - lastEscape < 1500) quickExitFromHost();
    lastEscape = now;
  }, true);

  function toggle() {
    var open = button.getAttribute('aria-expanded') === 'true';
    if (open) {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    if (!panel) {
      panel = document.createElement('div');
      panel.className = 'steunwijzer-embed__panel';
      panel.id = 'steunwijzer-embed-panel';
      panel.setAttribute('role', 'region');
      panel.setAttribute('aria-label', texts.frameTitle);
      var close = document.createElement('button');
      close.type = 'button';
      close.className = 'steunwijzer-embed__close';
      close.textContent = '×';
      close.setAttribute('aria-label', texts.close);
      close.addEventListener('click', function () {
        toggle();
        button.focus();
      });
      frame = makeFrame('steunwijzer-embed__frame');
      panel.appendChild(close);
      panel.appendChild(frame);
      document.body.appendChild(panel);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function start() {
    addStyle();
    if (container) {
      frame = makeFrame('steunwijzer-embed__inline');
      container.appendChild(frame);
      return;
    }
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'steunwijzer-embed__button';
    button.textContent = texts.open;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', 'steunwijzer-embed-panel');
    button.addEventListener('click', toggle);
    document.body.appendChild(button);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(__STEUNWIJZER_SETTINGS__);
