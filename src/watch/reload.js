(()=>{const s=document.currentScript,d=document,O='__carepress_overlay';let tag=s&&s.dataset.tag,ov,es;
function hide(){ov&&ov.remove();ov=null}
function el(t,x,p){const e=d.createElement(t);if(x)e.textContent=x;p&&p.append(e);return e}
function show(e){hide();ov=el('div');ov.id=O;ov.setAttribute('role','alertdialog');ov.setAttribute('aria-modal','true');ov.setAttribute('aria-labelledby',O+'t');ov.setAttribute('aria-describedby',O+'d');
ov.style.cssText='position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#2b0a0a;color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2em';
const h=el('h2',e.title,ov);h.id=O+'t';h.style.color='#fff';const l=el('ul',0,ov);l.id=O+'d';
for(const i of e.items||[]){const li=el('li',0,l);el('code',(i.rule?i.rule+' ':'')+i.file+':'+i.line+':'+i.column,li).style.color='#ffd479';el('p',i.message,li);if(i.hint)el('p','Hint: '+i.hint,li)}
const b=el('button','Dismiss',ov);b.type='button';b.onclick=hide;(d.body||d.documentElement).append(ov);b.focus()}
function css(p){let hit=0;for(const k of d.querySelectorAll('link[rel~="stylesheet"]')){const u=new URL(k.href,location.href);if(u.pathname===p){u.searchParams.set('carepress',Date.now());k.href=u.href;hit=1}}hit||location.reload()}
function go(){es=new EventSource('/__carepress/events');
es.addEventListener('hello',e=>{if(tag&&tag!==e.data)location.reload();tag=e.data});
es.addEventListener('reload',()=>location.reload());
es.addEventListener('css',e=>css(e.data));
es.addEventListener('error',e=>{if(e.data)show(JSON.parse(e.data));else if(es.readyState===2){es.close();setTimeout(go,1000)}});
es.addEventListener('cleared',()=>{hide();location.reload()})}
go()})();
