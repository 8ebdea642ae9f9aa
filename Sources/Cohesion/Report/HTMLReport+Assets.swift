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
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;margin:.8rem 0;font-size:.92rem}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{padding:.3rem .6rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
        thead th{background:var(--band);position:sticky;top:0}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        th button{all:inherit;cursor:pointer;padding:0}
        th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
        .filters{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0}
        select{font:inherit;padding:.1rem .3rem}
        .heatmap td{min-width:3.2rem}
        .chart svg{max-width:100%;height:auto;font-size:11px;fill:var(--ink)}
        .partisan{color:#8a3b00;font-weight:700}.src-id{color:var(--muted);font-variant-numeric:tabular-nums}
        .note{color:var(--muted)}.sources li{margin:.2rem 0}
        footer{margin-top:3rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--rule)}
        @media print{nav,.filters,footer{display:none}body{max-width:none;padding:0;font-size:10.5pt}
        section{break-before:page}section:first-of-type{break-before:auto}
        table,figure{break-inside:avoid}thead th{position:static}a{color:inherit;text-decoration:none}
        details{display:block}details>summary{display:none}}
        """

    /// Sorting and filtering; the page is complete without it.
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
