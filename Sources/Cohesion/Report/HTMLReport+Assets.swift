extension HTMLReport {
    /// The page's stylesheet: system fonts, AA contrast, a print layout without controls.
    static let css = """
        :root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--rule:#c8c8c8;--accent:#1f5fa8;--band:#f3f5f8}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem 3rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
        h1{font-size:1.8rem;margin:.5rem 0 0}h2{font-size:1.45rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin-top:2.5rem}
        h3{font-size:1.15rem;margin-top:1.6rem}h4{font-size:1rem}
        .subtitle{color:var(--muted);margin:.2rem 0 1rem}
        nav ol{padding-left:1.6rem;columns:2 22rem;column-gap:2rem}nav li{margin:.15rem 0}
        a{color:var(--accent)}a:focus,button:focus,select:focus{outline:3px solid #f0a500;outline-offset:2px}
        .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.5rem;margin:1rem 0}
        .facts div{background:var(--band);padding:.5rem .7rem;border-radius:4px}
        .facts dt{font-size:.8rem;color:var(--muted)}.facts dd{margin:0;font-size:1.15rem;font-weight:600}
        figure{margin:1.2rem 0}figcaption{color:var(--muted);font-size:.9rem}
        .diagram svg{max-width:100%;height:auto;border:1px solid var(--rule);border-radius:4px}
        .scroll{overflow:auto;max-width:100%;max-height:36rem;border:1px solid transparent}
        .table-tools{display:flex;justify-content:flex-end;margin:.2rem 0 -.4rem}
        .table-tools button,.ix-controls button{font:inherit;font-size:.85rem;padding:.15rem .6rem;border:1px solid var(--rule);background:#fff;border-radius:3px;cursor:pointer}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,33rem),1fr));gap:.5rem 1.5rem}
        .glossary dl{display:grid;grid-template-columns:1fr;gap:.4rem}.glossary dt{font-weight:600}.glossary dd{margin:0 0 0 1.2rem}
        .reference{color:var(--muted);font-size:.9rem}
        .ix{margin:1.2rem 0}.ix-controls{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;margin-bottom:.4rem;font-size:.9rem}
        .ix-layers{display:flex;flex-wrap:wrap;gap:.2rem .8rem}.ix-swatch{display:inline-block;width:.9rem;height:.25rem;margin:0 .25rem .2rem 0;vertical-align:middle}
        .ix-stage{display:grid;grid-template-columns:minmax(0,1fr) minmax(12rem,20rem);gap:.8rem}
        .ix-svg{width:100%;height:auto;max-height:36rem;min-height:16rem;border:1px solid var(--rule);border-radius:4px;cursor:grab;touch-action:none;background:#fff;font-size:11px}
        .ix-svg.ix-dragging{cursor:grabbing}
        .ix-edge{stroke-width:1.6;opacity:.85;vector-effect:non-scaling-stroke}.ix-edge.ix-negative{stroke-dasharray:6 3;stroke-width:2.2}.ix-edge.ix-illustrative{opacity:.35;stroke-dasharray:2 3}
        .ix-edge.ix-off,.ix-ties li.ix-off{display:none}.ix-edge.ix-lit{stroke-width:3.2;opacity:1}
        .ix-node{cursor:pointer}.ix-node circle{stroke:#333;stroke-width:1;vector-effect:non-scaling-stroke}.ix-node.ix-selected circle{stroke:#f0a500;stroke-width:4}
        .ix-node.ix-idle{opacity:.35}.ix-node text{fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
        .ix-full,.ix-crowded{display:none}.ix-full{font-weight:600}
        .ix-node:hover .ix-full,.ix-node:focus .ix-full,.ix-node.ix-selected .ix-full{display:inline}
        .ix-has-full:hover .ix-label,.ix-has-full:focus .ix-label,.ix-has-full.ix-selected .ix-label{display:none}
        .ix-cards{border:1px solid var(--rule);border-radius:4px;padding:.5rem .8rem;max-height:34rem;overflow:auto;font-size:.9rem}
        .ix-cards h4{margin:.2rem 0}.ix-meta{color:var(--muted);margin:.1rem 0 .4rem}.ix-ties,.ix-sources{padding-left:1.1rem;margin:.2rem 0}
        .ix-sources-head,.ix-statements-head{font-weight:600;margin:.5rem 0 .1rem}.ix-hint{color:var(--muted)}
        .ix-statements{padding-left:1.1rem;margin:.2rem 0}.ix-statements li{margin:.15rem 0}.ix-stance{font-weight:600}
        .ix-agree .ix-stance{color:#1b5e20}.ix-disagree .ix-stance{color:#a31515}.ix-excerpt{display:block;font-style:italic;color:var(--muted)}
        @media (max-width:44rem){.ix-stage{grid-template-columns:1fr}.ix-svg{height:24rem}body{padding:.5rem .8rem 2rem}nav ol{columns:1}}
        .js .static-diagram.has-ix{display:none}
        table{border-collapse:collapse;margin:.8rem 0;font-size:.92rem}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{padding:.3rem .6rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
        thead th{background:var(--band);position:sticky;top:0}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        th button{all:inherit;display:inline;cursor:pointer;padding:0}
        th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
        .filters{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0}
        select{font:inherit;padding:.1rem .3rem}
        .heatmap td{min-width:3.2rem}
        .chart svg{max-width:100%;height:auto;font-size:11px;fill:var(--ink)}
        .nulls-caption{color:var(--muted);font-size:.9rem}.null-grid{display:grid;gap:.2rem .8rem;align-items:center;margin:.6rem 0}
        .null-head{font-weight:600}.null-stat{font-size:.9rem;font-weight:600;overflow-wrap:anywhere}.null-cell{margin:0}
        .null-hist{width:100%;height:auto;max-width:20rem;font-size:10px;fill:var(--ink)}.null-bar{fill:#6baed6}.null-values{font-size:.8rem}
        @media (max-width:44rem){.null-grid{grid-template-columns:repeat(2,minmax(0,1fr))!important}.null-stat{grid-column:1/-1}.null-head:first-child{display:none}}
        .partisan{color:#8a3b00;font-weight:700}.src-id{color:var(--muted);font-variant-numeric:tabular-nums}
        .note{color:var(--muted)}.sources li{margin:.2rem 0}
        footer{margin-top:3rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--rule)}
        @media print{@page{size:A4;margin:14mm 12mm}
        .filters,footer,.table-tools,.ix,details,.no-print{display:none!important}.js .static-diagram.has-ix{display:block}
        body{max-width:none;padding:0;font-size:9pt;line-height:1.3}
        header{padding-top:20mm}h1{font-size:20pt}nav{break-after:page}nav ol{columns:1}
        h2{font-size:13pt;margin-top:.8rem;break-after:avoid}h3,h4{font-size:10.5pt;margin:.6rem 0 .2rem;break-after:avoid}
        section{break-before:auto}
        .facts{grid-template-columns:repeat(5,1fr);gap:.2rem;margin:.3rem 0}.facts div{padding:.15rem .3rem}.facts dd{font-size:9.5pt}
        table{font-size:6.5pt;margin:.3rem 0}th,td{padding:0 .25rem}caption{padding:.1rem 0}
        .scroll{overflow:visible;max-height:none}thead th{position:static}figure{break-inside:avoid;margin:.4rem 0}
        .diagram svg{max-height:150mm;width:100%}.charts{grid-template-columns:1fr 1fr;gap:0 .5rem}.chart svg{width:100%;height:auto}
        .sources ol{columns:2;column-gap:1.2rem;font-size:7.5pt;padding-left:1.2rem}.sources li{margin:0;break-inside:avoid}
        .glossary dl{grid-template-columns:1fr 1fr;font-size:7.5pt;gap:.1rem .8rem}
        .null-grid{gap:0 .4rem;margin:.2rem 0}.null-hist{max-width:55mm}.null-values,.nulls-caption,.null-stat{font-size:7.5pt}
        a{color:inherit;text-decoration:none}}
        """

    /// Sorting, filtering, CSV downloads and the interactive diagrams; the page is complete
    /// without it (the static diagrams stay for readers without script and for print).
    static let script = """
        (function(){
        "use strict";
        function cellValue(row,index){
          var cell=row.children[index];
          if(!cell){return {num:null,text:""};}
          var raw=cell.getAttribute("data-value");
          if(raw!==null){return {num:raw===""?null:parseFloat(raw),text:cell.textContent};}
          return {num:null,text:cell.textContent};
        }
        function sortTable(table,index,header){
          var body=table.tBodies[0];
          var rows=Array.prototype.slice.call(body.rows);
          var ascending=header.getAttribute("aria-sort")!=="ascending";
          var numeric=header.classList.contains("num");
          rows.sort(function(a,b){
            var x=cellValue(a,index),y=cellValue(b,index);
            if(numeric){
              if(x.num===null&&y.num===null){return 0;}
              if(x.num===null){return 1;}
              if(y.num===null){return -1;}
              return ascending?x.num-y.num:y.num-x.num;
            }
            var c=x.text.localeCompare(y.text);
            return ascending?c:-c;
          });
          rows.forEach(function(r){body.appendChild(r);});
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th){th.removeAttribute("aria-sort");});
          header.setAttribute("aria-sort",ascending?"ascending":"descending");
        }
        Array.prototype.forEach.call(document.querySelectorAll("table.sortable"),function(table){
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,index){
            var button=document.createElement("button");
            button.type="button";
            button.textContent=th.textContent;
            button.title="Sort by "+th.textContent;
            th.textContent="";
            th.appendChild(button);
            button.addEventListener("click",function(){sortTable(table,index,th);});
          });
        });
        document.documentElement.className=document.documentElement.className.replace("no-js","js");
        function csvField(text){return /[",\\n\\r]/.test(text)?'"'+text.replace(/"/g,'""')+'"':text;}
        function tableCSV(table){
          var lines=[];
          Array.prototype.forEach.call(table.rows,function(row){
            if(row.parentNode.tagName==="CAPTION"){return;}
            var cells=[];
            Array.prototype.forEach.call(row.cells,function(cell){
              var raw=cell.getAttribute("data-value");
              cells.push(csvField(raw!==null&&raw!==""?raw:(cell.getAttribute("title")||cell.textContent).trim()));
            });
            lines.push(cells.join(","));
          });
          return lines.join("\\n")+"\\n";
        }
        Array.prototype.forEach.call(document.querySelectorAll("table[data-csv-name]"),function(table){
          var tools=document.createElement("div");
          tools.className="table-tools";
          var button=document.createElement("button");
          button.type="button";
          button.className="csv-download";
          button.textContent="Download CSV";
          button.addEventListener("click",function(){
            var text=tableCSV(table);
            window.__cohesionLastCSV=text;
            var link=document.createElement("a");
            link.href=URL.createObjectURL(new Blob([text],{type:"text/csv"}));
            link.download=table.getAttribute("data-csv-name")||"table.csv";
            document.body.appendChild(link);link.click();link.remove();
          });
          tools.appendChild(button);
          var box=table.parentNode;
          box.parentNode.insertBefore(tools,box);
        });
        Array.prototype.forEach.call(document.querySelectorAll("figure[data-ix]"),function(figure){
          var svg=figure.querySelector(".ix-svg");
          var home=svg.getAttribute("data-home").split(" ").map(parseFloat);
          var view=home.slice();
          function setView(){svg.setAttribute("viewBox",view.map(function(v){return Math.round(v*100)/100;}).join(" "));}
          function zoom(factor,cx,cy){
            if(cx===undefined){cx=view[0]+view[2]/2;cy=view[1]+view[3]/2;}
            var w=Math.min(Math.max(view[2]*factor,home[2]/20),home[2]*4),k=w/view[2];
            view=[cx-(cx-view[0])*k,cy-(cy-view[1])*k,view[2]*k,view[3]*k];setView();
          }
          function toLayout(event){
            var r=svg.getBoundingClientRect(),s=Math.max(view[2]/r.width,view[3]/r.height);
            var ox=(r.width*s-view[2])/2,oy=(r.height*s-view[3])/2;
            return [view[0]-ox+(event.clientX-r.left)*s,view[1]-oy+(event.clientY-r.top)*s,s];
          }
          svg.addEventListener("wheel",function(event){
            event.preventDefault();var p=toLayout(event);zoom(event.deltaY>0?1.2:1/1.2,p[0],p[1]);
          },{passive:false});
          var drag=null;
          svg.addEventListener("pointerdown",function(event){
            if(event.target.closest(".ix-node")){return;}
            drag=[event.clientX,event.clientY,view[0],view[1],toLayout(event)[2]];svg.classList.add("ix-dragging");
          });
          window.addEventListener("pointermove",function(event){
            if(!drag){return;}
            view[0]=drag[2]-(event.clientX-drag[0])*drag[4];view[1]=drag[3]-(event.clientY-drag[1])*drag[4];setView();
          });
          window.addEventListener("pointerup",function(){drag=null;svg.classList.remove("ix-dragging");});
          figure.querySelector(".ix-zoom-in").addEventListener("click",function(){zoom(1/1.4);});
          figure.querySelector(".ix-zoom-out").addEventListener("click",function(){zoom(1.4);});
          figure.querySelector(".ix-reset").addEventListener("click",function(){view=home.slice();setView();});
          var slider=figure.querySelector(".ix-year"),all=figure.querySelector(".ix-all-years");
          var output=figure.querySelector(".ix-year-value"),count=figure.querySelector(".ix-count");
          var layerBoxes=figure.querySelectorAll("input[data-layer]");
          var edges=figure.querySelectorAll(".ix-edge"),nodes=figure.querySelectorAll(".ix-node");
          function holds(el,year){
            if(year===null){return true;}
            var f=el.getAttribute("data-first"),l=el.getAttribute("data-last");
            return (f===""||parseInt(f,10)<=year)&&(l===""||parseInt(l,10)>=year);
          }
          function redraw(){
            var year=(slider&&!all.checked)?parseInt(slider.value,10):null;
            if(slider){slider.disabled=all.checked;output.textContent=year===null?"":String(year);}
            var layers={};
            Array.prototype.forEach.call(layerBoxes,function(box){layers[box.getAttribute("data-layer")]=box.checked;});
            var active={},shown=0;
            Array.prototype.forEach.call(edges,function(edge){
              var on=layers[edge.getAttribute("data-kind")]!==false&&holds(edge,year);
              edge.classList.toggle("ix-off",!on);
              if(on){shown++;active[edge.getAttribute("data-s")]=true;active[edge.getAttribute("data-t")]=true;}
            });
            Array.prototype.forEach.call(nodes,function(node){node.classList.toggle("ix-idle",!active[node.getAttribute("data-node")]);});
            Array.prototype.forEach.call(figure.querySelectorAll(".ix-ties li"),function(li){
              li.classList.toggle("ix-off",!(layers[li.getAttribute("data-kind")]!==false&&holds(li,year)));
            });
            count.textContent=shown+" of "+edges.length+" ties shown";
            figure.setAttribute("data-shown",String(shown));
          }
          if(slider){slider.addEventListener("input",redraw);all.addEventListener("change",redraw);}
          Array.prototype.forEach.call(layerBoxes,function(box){box.addEventListener("change",redraw);});
          function select(node){
            var id=node.getAttribute("data-node");
            Array.prototype.forEach.call(nodes,function(n){n.classList.toggle("ix-selected",n===node);});
            node.parentNode.appendChild(node);
            Array.prototype.forEach.call(figure.querySelectorAll(".ix-card"),function(card){card.hidden=card.getAttribute("data-card")!==id;});
            figure.querySelector(".ix-hint").hidden=true;
            Array.prototype.forEach.call(edges,function(edge){
              edge.classList.toggle("ix-lit",edge.getAttribute("data-s")===id||edge.getAttribute("data-t")===id);
            });
          }
          Array.prototype.forEach.call(nodes,function(node){
            node.addEventListener("click",function(){select(node);});
            node.addEventListener("keydown",function(event){if(event.key==="Enter"||event.key===" "){event.preventDefault();select(node);}});
          });
          figure.hidden=false;
          var previous=figure.previousElementSibling;
          if(previous&&previous.classList.contains("static-diagram")){previous.classList.add("has-ix");}
          redraw();
        });
        Array.prototype.forEach.call(document.querySelectorAll(".filters"),function(box){
          var table=document.getElementById(box.getAttribute("data-for"));
          if(!table){return;}
          box.hidden=false;
          var selects=box.querySelectorAll("select");
          function apply(){
            Array.prototype.forEach.call(table.tBodies[0].rows,function(row){
              var show=true;
              Array.prototype.forEach.call(selects,function(select){
                var wanted=select.value;
                var cell=row.children[parseInt(select.getAttribute("data-column"),10)];
                if(wanted!==""&&(!cell||cell.textContent!==wanted)){show=false;}
              });
              row.hidden=!show;
            });
          }
          Array.prototype.forEach.call(selects,function(select){select.addEventListener("change",apply);});
        });
        })();
        """
}
