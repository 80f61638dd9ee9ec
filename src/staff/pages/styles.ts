// The staff pages' one stylesheet: calm, readable, large enough targets, fine on a phone; served at /staff/staff.css.
export const STAFF_CSS = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;background:#f6f7f9}
a{color:#0b5394}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:9}
header{background:#12355b;color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
header .brand{font-weight:700;color:#fff;text-decoration:none}
header nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
header nav a{color:#fff}header .me{margin-left:auto;display:flex;gap:.75rem;align-items:center;flex-wrap:wrap}
header .me button{background:transparent;color:#fff;border:1px solid #fff;border-radius:4px;padding:.35rem .75rem;font:inherit;cursor:pointer}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.panel{background:#fff;border:1px solid #d8dde6;border-radius:6px;padding:1rem;margin:0 0 1rem}
form.inline{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end}
label{display:block;font-weight:600;margin:.25rem 0}
input,select,textarea{font:inherit;padding:.5rem;border:1px solid #6b7689;border-radius:4px;max-width:100%;background:#fff;color:#1d2433}
textarea{width:100%;min-height:5rem}
.field{margin:0 0 .75rem}
button.primary,a.button{background:#0b5394;color:#fff;border:0;border-radius:4px;padding:.6rem 1rem;font:inherit;font-weight:600;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:#0b5394;border:2px solid #0b5394;border-radius:4px;padding:.5rem 1rem;font:inherit;font-weight:600;cursor:pointer}
.queue{list-style:none;padding:0;margin:0}
.queue li{background:#fff;border:1px solid #d8dde6;border-left:6px solid #8a97ab;border-radius:6px;padding:.75rem 1rem;margin:0 0 .75rem}
.queue li.urgent{border-left-color:#b3261e}
.queue h2{margin:0 0 .25rem;font-size:1.1rem}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1rem;color:#3d4757;margin:0;padding:0;list-style:none}
.badge{display:inline-block;border-radius:999px;padding:0 .6rem;font-size:.9rem;font-weight:600;background:#e3e8ef;color:#1d2433}
.badge.urgent{background:#b3261e;color:#fff}
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.35rem 1rem;margin:0}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
@media (max-width:32rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}}
.story{white-space:pre-wrap;font-size:1.05rem;background:#f6f7f9;border-radius:4px;padding:.75rem}
.flash{background:#e6f4ea;border:1px solid #1e7e34;border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
.flash.warn{background:#fdecea;border-color:#b3261e}
.hint{color:#3d4757;font-size:.95rem;margin:.25rem 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d8dde6;vertical-align:top}
ul.notes{list-style:none;padding:0}ul.notes li{border-bottom:1px solid #d8dde6;padding:.5rem 0}
`;
