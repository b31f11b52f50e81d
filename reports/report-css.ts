/** The report's only stylesheet, inlined: no fonts or files are fetched. */
export const REPORT_CSS = `
body{margin:0;background:#f6f7f9;color:#1d2330;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:760px;margin:0 auto;padding:32px 24px 48px}
.kicker{margin:0;color:#5b6475;font-size:13px;letter-spacing:.04em;text-transform:uppercase}
h1{margin:4px 0 8px;font-size:28px}
h2{font-size:18px;margin:28px 0 8px}
.description{margin:0;color:#3c4454}
.headline{margin-top:24px;padding:20px 24px;background:#fff;border:1px solid #dde1e8;border-radius:8px}
.question{margin:0;color:#3c4454}
.answer{margin:4px 0;font-size:44px;font-weight:700;color:#1f4e8c}
.pm{font-size:22px;font-weight:500;color:#5b6475}
.verdict{margin:4px 0 8px;font-size:18px;font-weight:600}
.verdict .scale{display:block;font-size:12px;font-weight:400;color:#5b6475}
.table-scroll{overflow-x:auto;max-width:100%}
.inputs td.words{text-align:left;color:#3c4454}
.options{font-size:14px}.options th,.options td{padding:6px 7px}.options th[scope=row]{min-width:150px}
.options .note{display:block;font-size:12px;font-weight:400;color:#5b6475}
.options .pm{font-size:12px;font-weight:400}
.table-scroll+figure{margin-top:12px}
.ci{margin:0;color:#5b6475;font-size:13px}
.warnings{margin-top:16px;padding:4px 20px;background:#fff7e6;border:1px solid #f0d59b;border-radius:8px}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dde1e8}
th,td{padding:6px 12px;text-align:right;border-bottom:1px solid #eef0f4;font-variant-numeric:tabular-nums}
th[scope=row],thead th:first-child{text-align:left;font-weight:500}
figure{margin:0;padding:12px;background:#fff;border:1px solid #dde1e8;border-radius:8px}
figcaption{color:#5b6475;font-size:13px;margin-top:8px}
figure+figure{margin-top:16px}
details{margin-top:8px;font-size:13px}
details table{margin-top:6px}
summary{cursor:pointer;color:#1f4e8c}
figure svg{max-width:100%;height:auto}
@media (max-width:480px){main{padding:20px 12px 32px}th,td{padding:6px 6px}.answer{font-size:36px}}
@media print{figure{break-inside:avoid}details{display:none}}
footer{margin-top:32px;color:#5b6475;font-size:12px}
code{font-size:12px;word-break:break-all}
`;
