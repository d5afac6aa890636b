//! UI text: Chinese first, English on request. Keys are short English words; every
//! visible string goes through [`tr`].

use crate::engine::error::Error;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
    pub fn from_code(s: &str) -> Option<Lang> {
        match s {
            "zh" | "zh-CN" | "cn" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The current language, from context.
pub fn use_lang() -> ReadSignal<Lang> {
    use_context::<ReadSignal<Lang>>().unwrap_or_else(|| signal(Lang::Zh).0)
}

/// (key, 中文, English).
const TEXT: &[(&str, &str, &str)] = &[
    ("title", "逾期计算器", "Overdue Calculator"),
    ("tagline", "算清网贷、信用卡逾期欠多少、每天涨多少、是否超过法律保护上限，以及每种出路要花多少钱。所有计算只在本机进行，不上传任何数据。", "What an overdue online loan or card costs today, how fast it grows, whether it passes the legal lines, and what each way out costs. Everything is computed on this device; nothing is uploaded."),
    ("switchLang", "English", "中文"),
    ("skipToResults", "跳到结果", "Skip to results"),
    ("sections", "页面分区", "Sections"),
    ("navCase", "情况", "Situation"),
    ("navResults", "结果", "Results"),
    ("navAudit", "划扣核对", "Deductions"),
    ("navWays", "出路", "Ways out"),
    ("navDebts", "多笔债务", "Several debts"),
    ("navCourt", "法院工具", "Court tools"),
    ("caseTitle", "你的逾期情况", "Your overdue debt"),
    ("platform", "平台", "Platform"),
    ("p_jiebei", "借呗", "Jiebei (借呗)"),
    ("p_weilidai", "微粒贷", "Weilidai (微粒贷)"),
    ("p_huabei", "花呗", "Huabei (花呗)"),
    ("p_jdJintiao", "京东金条", "JD Jintiao (京东金条)"),
    ("p_jdBaitiao", "京东白条", "JD Baitiao (京东白条)"),
    ("p_creditCard", "信用卡", "Credit card"),
    ("p_bankLoan", "银行消费贷", "Bank consumer loan"),
    ("p_private", "民间借贷", "Private loan (民间借贷)"),
    ("p_custom", "自定义", "Custom"),
    ("mode", "计算方式", "Mode"),
    ("quickMode", "快速模式", "Quick"),
    ("detailedMode", "详细模式", "Detailed"),
    ("overduePrincipal", "逾期本金", "Overdue principal"),
    ("overdueInterest", "逾期利息", "Overdue interest"),
    ("firstOverdueDate", "首次逾期日", "First overdue date"),
    ("notDuePrincipal", "未到期本金", "Principal not yet due"),
    ("notDueHint", "还没到期的剩余本金；提前到期时一并计罚息。", "Remaining principal not yet due; it bears penalty once accelerated."),
    ("minimumPayment", "最低还款额", "Minimum payment"),
    ("loanPrincipal", "借款本金", "Loan principal"),
    ("loanRate", "合同利率", "Contract rate"),
    ("loanMonths", "期数", "Term"),
    ("loanMethod", "还款方式", "Repayment method"),
    ("loanStart", "放款日", "Loan start date"),
    ("m_annuity", "等额本息", "Level payment (等额本息)"),
    ("m_equalPrincipal", "等额本金", "Level principal (等额本金)"),
    ("m_interestOnly", "先息后本", "Interest only (先息后本)"),
    ("m_bullet", "一次性还本付息", "Bullet (一次性还本付息)"),
    ("m_flatFee", "分期手续费", "Flat fee per month (手续费)"),
    ("asOf", "计算日", "As of"),
    ("paymentsMade", "已还款记录", "Payments made"),
    ("paymentsHint", "按实际还款日期和金额填写，包括按时还的。", "Every payment with its date, including on-time ones."),
    ("addPayment", "＋ 添加一笔还款", "+ Add a payment"),
    ("date", "日期", "Date"),
    ("amountYuan", "金额（元）", "Amount (yuan)"),
    ("item", "项目", "Item"),
    ("debtName", "名称", "Name"),
    ("balance", "余额（元）", "Balance (yuan)"),
    ("annualRate", "年利率 %", "Annual rate %"),
    ("removeRow", "删除这一行", "Remove this row"),
    ("termsTitle", "合同条款", "Contract terms"),
    ("termsEdit", "点开查看或修改", "open to see or change"),
    ("typical", "典型值，请以合同为准", "Typical values; your contract prevails"),
    ("rate", "合同利率", "Contract rate"),
    ("rateUnit", "利率单位", "Rate unit"),
    ("rateDay", "日利率", "Daily rate"),
    ("rateMonth", "月利率", "Monthly rate"),
    ("rateYear", "年利率", "Annual rate"),
    ("perDay", "日利率 %", "% per day"),
    ("perMonth", "月利率 %", "% per month"),
    ("perYear", "年利率 %", "% per year"),
    ("penaltyMultiplier", "罚息倍数", "Penalty multiplier"),
    ("penaltyMultiplierHint", "罚息日利率 = 合同日利率 × 倍数（银行通常 1.5）。", "Daily penalty rate = daily contract rate × this (banks: usually 1.5)."),
    ("penaltyRate", "罚息日利率（固定）", "Fixed daily penalty rate"),
    ("penaltyRateHint", "填写后代替倍数，例如花呗、白条每日 0.05%。", "Replaces the multiplier, e.g. 0.05% a day for Huabei, Baitiao."),
    ("penaltyBase", "罚息计算基数", "Penalty base"),
    ("base_principal", "仅逾期本金", "Overdue principal only"),
    ("base_installment", "逾期本金和利息（含复利）", "Principal and interest (with compound)"),
    ("compounding", "计复利方式", "Compounding"),
    ("comp_none", "不滚动", "None"),
    ("comp_monthly", "每月滚入（信用卡）", "Monthly (cards)"),
    ("graceDays", "宽限期", "Grace period"),
    ("feePercent", "违约金比例", "Late fee percent"),
    ("feeMin", "违约金最低", "Late fee minimum"),
    ("feeMax", "违约金最高", "Late fee maximum"),
    ("feeFixed", "违约金固定部分", "Late fee fixed part"),
    ("feeFrequency", "违约金收取", "Late fee charged"),
    ("freq_once", "每期一次", "Once per installment"),
    ("freq_monthly", "每月一次", "Every month"),
    ("freq_daily", "按日", "Daily"),
    ("feeBase", "违约金基数", "Late fee base"),
    ("feeBase_installment", "未还当期金额", "Unpaid installment"),
    ("feeBase_minimum", "未还最低还款额", "Unpaid minimum payment"),
    ("accelerateAfterDays", "逾期多少天后全部提前到期", "Accelerate after (days)"),
    ("accelerateHint", "留空表示不提前到期。", "Leave empty for no acceleration."),
    ("channelClosedFrom", "还款通道关闭日", "Repayment channel closed from"),
    ("channelHint", "平台拒收还款的日期（民法典第589条）。", "The date the lender refused payment (Civil Code art. 589)."),
    ("allocation", "还款冲抵顺序", "Payment allocation"),
    ("alloc_chargesFirst", "先费用、罚息，再利息、本金", "Charges, then interest, then principal"),
    ("alloc_principalFirst", "逾期90天后先本金", "Principal first after 90 days"),
    ("alloc_byInstallment", "逐期还清", "One installment at a time"),
    ("lenderType", "出借人类型", "Lender type"),
    ("lender_licensed", "持牌机构（银行、消费金融、小贷、信用卡）：上限 24%", "Licensed lender (bank, consumer finance, microlender, card): 24% line"),
    ("lender_private", "民间借贷（个人、未持牌机构）：上限 4 倍 LPR", "Private lending: 4 × LPR line"),
    ("contractDate", "合同签订日", "Contract date"),
    ("contractDateHint", "民间借贷按签订日的 LPR 计算上限；留空则用放款日或首次逾期日。", "For private loans the line uses the LPR on this date; empty: loan start or first overdue date."),
    ("roundDaily", "每日罚息四舍五入到分（花呗方式）", "Round each day's charge to the cent (Huabei)"),
    ("yuan", "元", "yuan"),
    ("pct", "%", "%"),
    ("pctPerDay", "%/日", "%/day"),
    ("times", "倍", "×"),
    ("daysUnit", "天", "days"),
    ("monthsUnit", "个月", "months"),
    ("noUnit", "", ""),
    ("results", "今天欠款", "Owed today"),
    ("part", "项目", "Item"),
    ("amount", "金额（元）", "Amount (yuan)"),
    ("principal", "本金", "Principal"),
    ("interest", "利息", "Interest"),
    ("penalty", "罚息", "Penalty interest"),
    ("compound", "复利", "Compound interest"),
    ("fees", "违约金", "Late fees"),
    ("total", "合计", "Total"),
    ("chargesLine", "逾期费用", "Charges"),
    ("growthTitle", "继续拖欠的代价", "What waiting costs"),
    ("perDayCost", "多逾期一天", "One more day"),
    ("perWeekCost", "多逾期一周", "One more week"),
    ("perMonthCost", "多逾期一个月", "One more month"),
    ("howComputed", "计算过程", "How it is computed"),
    ("dailyPenaltyRate", "日罚息率", "daily penalty rate"),
    ("dailyRate", "合同日利率", "daily contract rate"),
    ("multiplierOrRate", "倍数（或固定罚息率）", "multiplier (or fixed rate)"),
    ("penaltyByInstallment", "罚息按日累计：每期逾期本金 × 日罚息率 × 逾期天数，中途还款或滚息后按新余额计算，见分期明细。", "Penalty accrues daily: each installment's overdue principal × daily penalty rate × days, on the balance after each payment or capitalisation; see the installments."),
    ("daysRule", "天数算头不算尾：到期日当天还款算逾期 0 天。", "Days count the start, not the end: paying on the due date is 0 days late."),
    ("roundingRule", "每日累计保留全部精度，记账时四舍五入到分。", "Accruals keep full precision and are rounded to the cent when posted."),
    ("chargesAnnual", "逾期费用折合年化（按逾期本金）", "Overdue charges as a simple annual rate on the overdue principal"),
    ("pendingGrace", "宽限期内暂不计：若宽限期后仍未还清，将从到期日起补计", "In grace, not yet charged; applies from the due date if unpaid after grace:"),
    ("creditNote", "多还的金额（可要求退还或抵扣）", "Paid beyond what is owed (refund or credit):"),
    ("closureTitle", "还款通道关闭期间的利息", "Interest while the channel was closed"),
    ("claimed", "平台主张", "Lender claims"),
    ("lawful", "依法应付", "Owed by law"),
    ("saved", "可主张不付", "You may refuse"),
    ("closureText", "民法典第589条：债权人无正当理由拒绝受领，债务人在受领迟延期间无须支付利息。请保留带日期的截图等证据；也可依民法典第570条办理提存。", "Civil Code art. 589: while the creditor refuses performance without good reason, no interest is owed for that period. Keep dated screenshots; deposit (提存, art. 570) is the formal way to pay anyway."),
    ("csvBreakdown", "导出明细 CSV", "Download breakdown (CSV)"),
    ("csvInstallments", "导出分期明细 CSV", "Download installments (CSV)"),
    ("chartDebt", "欠款随时间变化（虚线为继续拖欠的预测）", "Debt over time (dashed: if nothing is paid)"),
    ("chartData", "图表数据", "Chart data"),
    ("noChart", "暂无数据", "No data yet"),
    ("installmentsTitle", "分期明细", "Installments"),
    ("k", "期数", "No."),
    ("dueDate", "到期日", "Due"),
    ("status", "状态", "Status"),
    ("daysOverdue", "逾期天数", "Days late"),
    ("excess", "超出上限", "Above"),
    ("paid", "已结清", "Paid"),
    ("inGrace", "宽限期内", "In grace"),
    ("overdue", "逾期", "Overdue"),
    ("accelerated", "提前到期", "Accelerated"),
    ("notDue", "未到期", "Not due"),
    ("legalTitle", "是否超过法律保护上限", "Against the legal lines"),
    ("line", "上限（年化）", "Line"),
    ("allowed", "上限内可收", "Allowed"),
    ("excessMeaning1", "超出上限的逾期费用约", "Overdue charges above the line: about"),
    ("excessMeaning2", "。这部分法院一般不予支持，可在协商或诉讼中要求扣减。", ". Courts usually do not support this part; you can ask for it to be cut in negotiation or in court."),
    ("withinLine", "逾期费用未超过适用的上限。", "The overdue charges are within the applicable line."),
    ("contractAbove", "合同利率本身已超过上限：", "The contract rate itself passes the line:"),
    ("privateRefund", "已多付的超上限部分冲抵本金：", "Paid above the line, applied to principal:"),
    ("refundable", "可要求返还", "refundable"),
    ("sources", "法律依据", "Legal sources"),
    ("notAdvice", "本工具结果仅供参考，不构成法律意见。", "Estimates only; not legal advice."),
    ("fixErrors", "请先修正标红的输入。下面显示的是上次有效输入的结果。", "Fix the fields marked in red. Below are the results of the last valid input."),
    ("noResult", "填写逾期金额和日期后，这里显示结果。", "Enter the overdue amount and dates to see results here."),
    ("auditTitle", "自动划扣核对", "Auto-deduction check"),
    ("auditHint", "填写平台每次自动划扣的日期和金额，看是否多扣、是否扣了超过上限的费用。", "Enter each auto-deduction's date and amount to see whether more was taken than owed, or charges above the line."),
    ("addDeduction", "＋ 添加一笔划扣", "+ Add a deduction"),
    ("taken", "扣款", "Taken"),
    ("owedDue", "当时到期应还", "Due then"),
    ("owedTotal", "当时全部欠款", "Owed in all then"),
    ("toReclaim", "多扣（可追回）", "Over-deducted (reclaim)"),
    ("chargesTaken", "其中费用", "Charges in it"),
    ("aboveLine", "超上限部分", "Above the line"),
    ("auditExplain", "“多扣”指超过当时全部欠款的部分；“超上限部分”是扣走的罚息、复利、违约金中超过法律保护上限的金额。", "\"Over-deducted\" is what exceeded everything owed then; \"above the line\" is the part of the penalty, compound interest and fees taken that passes the legal line."),
    ("csvAudit", "导出核对表 CSV", "Download check (CSV)"),
    ("waysTitle", "有哪些出路", "Ways out"),
    ("waysHint", "每种方案都按今天的欠款计算，可修改参数；标出最省钱的和符合预算的。", "Each plan starts from what is owed today; change any parameter. The cheapest and the ones within budget are marked."),
    ("budgetTitle", "每月收支", "Monthly budget"),
    ("income", "每月收入", "Monthly income"),
    ("savings", "现有存款（可一次性拿出）", "Savings available now"),
    ("expenses", "固定支出", "Fixed expenses"),
    ("otherDebts", "其他债务月供", "Other debt payments"),
    ("addExpense", "＋ 添加支出", "+ Add an expense"),
    ("addOtherDebt", "＋ 添加月供", "+ Add a payment"),
    ("capacity", "每月最多可还", "Monthly capacity"),
    ("perMonthShort", " 元/月", " yuan/month"),
    ("scenarioKind", "方案", "Plan"),
    ("k_payNow", "立即结清", "Pay now"),
    ("k_wait", "继续逾期", "Keep waiting"),
    ("k_settlement", "一次性结清减免", "Settle with a waiver"),
    ("k_installments", "协商分期", "Negotiated installments"),
    ("k_freeze", "停息挂账", "Interest freeze (停息挂账)"),
    ("k_extension", "展期/延期", "Extension"),
    ("k_minimumPayment", "最低还款", "Minimum payments"),
    ("k_refinance", "借新还旧", "Refinance"),
    ("months", "月数", "Months"),
    ("days", "天数", "Days"),
    ("waivePenalty", "减免罚息", "Penalty waived"),
    ("waiveFees", "减免违约金", "Fees waived"),
    ("waiveInterest", "减免利息", "Interest waived"),
    ("waivePrincipal", "减免本金", "Principal waived"),
    ("payOn", "还款日", "Pay on"),
    ("planRate", "利率/手续费率", "Rate or fee"),
    ("down", "首付", "Down payment"),
    ("includeInterest", "利息一并分期", "Include interest"),
    ("includePenalty", "罚息一并分期", "Include penalty"),
    ("includeFees", "违约金一并分期", "Include fees"),
    ("waiveRest", "未分期部分免除", "Waive what is not included"),
    ("feeMonthly", "月手续费率", "Monthly fee"),
    ("cardLimit", "信用卡（最长60期）", "Credit card (max. 60 months)"),
    ("capitalise", "已产生费用并入本金", "Capitalise charges"),
    ("minPercent", "最低还款比例", "Minimum percent"),
    ("minAmount", "最低还款金额", "Minimum amount"),
    ("fee", "手续费（元）", "Fee (yuan)"),
    ("refiFeePercent", "手续费比例", "Fee percent"),
    ("deducted", "手续费从放款中扣除", "Fee deducted at disbursement"),
    ("adjust", "调整参数", "Adjust"),
    ("removeScenario", "删除这个方案", "Remove this plan"),
    ("addScenario", "＋ 添加方案", "+ Add a plan"),
    ("resetScenarios", "恢复默认方案", "Reset plans"),
    ("fixScenario", "请修正本方案中标红的参数。", "Fix the parameters marked in red."),
    ("cheapest", "最省钱", "Cheapest"),
    ("cheapestFit", "预算内最省", "Cheapest within budget"),
    ("fits", "在预算内", "Within budget"),
    ("overBudget", "超出预算", "Over budget"),
    ("exceedsLine", "含超上限费用", "Includes charges above the line"),
    ("totalPaid", "总共要还", "Total paid"),
    ("largestPayment", "最大一笔", "Largest payment"),
    ("numPayments", "还款次数", "Payments"),
    ("endDate", "还清日期", "Paid off"),
    ("costOverToday", "比今天结清多付", "More than paying today"),
    ("impliedApr", "相当于年化", "Implied APR"),
    ("clearsIn", "还清需要", "Paid off in"),
    ("neverClears", "按最低还款永远还不清。至少每月还", "Minimum payments never clear it. Pay at least"),
    ("clear36", "才不再增长；36个月还清需每月", "to stop growth; to clear in 36 months pay"),
    ("shortestFit", "符合预算的最短期数：", "Shortest term within budget:"),
    ("breakEvenVs", "减免达到多少比例才比它划算：", "Waiver needed to beat"),
    ("notEnough", "全免费用也不够", "not enough even waiving all charges"),
    ("showSchedule", "查看还款计划", "Show payments"),
    ("compareTitle", "方案对比", "Plans side by side"),
    ("fitsBudget", "预算内", "Within budget"),
    ("yes", "是", "yes"),
    ("no", "否", "no"),
    ("csvScenarios", "导出方案对比 CSV", "Download plans (CSV)"),
    ("chartCumulative", "累计还款（各方案）", "Cumulative payments by plan"),
    ("debtsTitle", "多笔债务怎么还", "Several debts"),
    ("debtsHint", "列出每笔债务的余额、年利率和最低月供，填写每月能拿出的总额，比较先还利率最高（雪崩法）和先还余额最小（雪球法）。", "List each debt's balance, annual rate and minimum payment, and the total you can pay a month, to compare highest-rate-first (avalanche) and smallest-first (snowball)."),
    ("addDebt", "＋ 添加债务", "+ Add a debt"),
    ("debtsBudget", "每月可用于还债的总额", "Monthly amount for all debts"),
    ("order", "顺序", "Order"),
    ("debtsOrder", "自定义还款顺序（可选）", "Custom order (optional)"),
    ("debtsOrderHint", "按上面的序号填写，例如 2,1：先还第2笔，再还第1笔。", "Debt numbers from the list above, e.g. 2,1: the second first, then the first."),
    ("avalanche", "雪崩法（先还利率最高）", "Avalanche (highest rate first)"),
    ("snowball", "雪球法（先还余额最小）", "Snowball (smallest first)"),
    ("customOrder", "自定义顺序", "Custom order"),
    ("monthsToFree", "还清月数", "Months to debt-free"),
    ("totalInterest", "总利息", "Total interest"),
    ("never", "还不清", "never"),
    ("budgetBelowMinimums", "每月总额低于最低月供合计：", "The monthly amount is below the minimums:"),
    ("csvDebts", "导出 CSV", "Download (CSV)"),
    ("courtTitle", "法院工具", "Court tools"),
    ("claimAmount", "诉讼标的额", "Amount claimed"),
    ("procedure", "程序", "Procedure"),
    ("proc_ordinary", "普通程序", "Ordinary procedure"),
    ("proc_simple", "简易程序（减半）", "Simple procedure (halved)"),
    ("proc_mediation", "调解结案（减半）", "Mediation (halved)"),
    ("proc_withdrawal", "撤诉（减半）", "Withdrawal (halved)"),
    ("courtFee", "案件受理费", "Court fee"),
    ("halved", "（已减半）", " (halved)"),
    ("judgmentDebt", "判决确定的金钱债务", "Judgment money debt"),
    ("daysLate", "迟延履行天数", "Days late"),
    ("delayInterest", "加倍部分债务利息", "Doubled interest"),
    ("dataTitle", "保存与分享", "Save and share"),
    ("storageLine", "你输入的数字只保存在本机浏览器（localStorage）中，不会发送到任何服务器；清除后无法恢复。", "What you type is kept only in this browser (localStorage) and never sent to a server; clearing it cannot be undone."),
    ("shareLink", "生成分享链接", "Make a share link"),
    ("shareWarning", "注意：链接里包含你填写的全部数字，任何拿到链接的人都能看到。链接已复制。", "Note: the link carries every number you entered; anyone with it can see them. It has been copied."),
    ("print", "打印报告", "Print report"),
    ("offlineCopy", "下载离线版", "Download offline copy"),
    ("offlineLine", "访问过一次后断网也能用；离线版是一个 HTML 文件，可直接从手机或电脑打开，不需要网络。", "After one visit the page works offline; the offline copy is one HTML file you can open from disk, with no network."),
    ("clearAll", "清除所有数据", "Clear all data"),
    ("clearConfirm", "确定清除所有输入并恢复默认吗？", "Clear every input and start over?"),
    ("clearYes", "确定清除", "Clear"),
    ("cancel", "取消", "Cancel"),
    ("fromLink", "已从分享链接载入数据。", "Loaded from a share link."),
    ("privacy", "数据只保存在本机浏览器中，不会发送到任何服务器。", "Data stays in this browser; nothing is sent to any server."),
];

/// The text for `key` in `lang`; the key itself if missing (visible in review, never a panic).
pub fn tr(lang: Lang, key: &str) -> &str {
    TEXT.iter().find(|(k, _, _)| *k == key).map(|(_, zh, en)| if lang == Lang::Zh { *zh } else { *en }).unwrap_or(key)
}

/// The label of an input field named by an engine error path (`terms.rate.value` → 合同利率).
pub fn field_label(lang: Lang, field: &str) -> String {
    // Drop list indexes: `payments[2].amount` → `payments.amount`.
    let mut path = String::new();
    let mut depth = 0;
    for c in field.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => path.push(c),
            _ => {}
        }
    }
    const SPECIAL: &[(&str, &str)] = &[
        ("terms.rate.value", "rate"),
        ("terms.penaltyRate.value", "penaltyRate"),
        ("terms.lateFee.percent", "feePercent"),
        ("terms.lateFee.fixed", "feeFixed"),
        ("terms.lateFee.min", "feeMin"),
        ("terms.lateFee.max", "feeMax"),
        ("loan.principal", "loanPrincipal"),
        ("loan.rate.value", "loanRate"),
        ("loan.months", "loanMonths"),
        ("loan.startDate", "loanStart"),
        ("loan.method", "loanMethod"),
        ("scenarios.rate.value", "planRate"),
        ("debts.rate", "annualRate"),
        ("debts.name", "debtName"),
        ("court.amount", "claimAmount"),
        ("delay.amount", "judgmentDebt"),
        ("delay.days", "daysLate"),
        ("monthlyBudget", "debtsBudget"),
    ];
    if let Some((_, k)) = SPECIAL.iter().find(|(p, _)| *p == path) {
        return tr(lang, k).to_string();
    }
    let last = path.rsplit('.').find(|s| *s != "value").unwrap_or(&path);
    let key = match last {
        "amount" => "amountYuan",
        "label" => "item",
        other => other,
    };
    tr(lang, key).to_string()
}

/// An engine error as a sentence naming the field and, where useful, the accepted forms.
pub fn error_text(lang: Lang, e: &Error) -> String {
    let label = field_label(lang, e.field());
    match (lang, e) {
        (Lang::Zh, Error::Empty { .. }) => format!("{label}：请填写。"),
        (Lang::Zh, Error::NotANumber { .. }) => {
            format!("{label}：不是有效数字。可以填写 12345.67、12,345.67、１２３４５、1.5万、3千、0.05%。")
        }
        (Lang::Zh, Error::NotADate { .. }) => {
            format!("{label}：日期无效，请按 年-月-日 填写，例如 2026-03-15。")
        }
        (Lang::Zh, Error::TooSmall { min, .. }) => format!("{label}：不能小于 {min}。"),
        (Lang::Zh, Error::TooLarge { max, .. }) => format!("{label}：不能大于 {max}。"),
        (Lang::Zh, Error::TooPrecise { decimals, .. }) => {
            format!("{label}：最多 {decimals} 位小数。")
        }
        (Lang::Zh, Error::DateOrder { other, .. }) => {
            format!("{label}：不能早于「{}」。", field_label(lang, other))
        }
        (Lang::Zh, Error::UnknownChoice { value, .. }) => format!("{label}：不支持「{value}」。"),
        (Lang::Zh, Error::TooMany { max, .. }) => format!("{label}：最多 {max} 条。"),
        (Lang::Zh, Error::Overflow { .. }) => {
            format!("{label}：数值过大，无法精确计算，请缩短期限或降低利率。")
        }
        (Lang::En, Error::NotANumber { .. }) => {
            format!("{label}: not a number. Accepted: 12345.67, 12,345.67, １２３４５, 1.5万, 3千, 0.05%.")
        }
        (Lang::En, Error::DateOrder { other, .. }) => {
            format!("{label}: must not be before {}.", field_label(lang, other))
        }
        (Lang::En, _) => {
            let s = e.to_string();
            let rest = s.split_once(": ").map_or(s.as_str(), |(_, r)| r).to_string();
            format!("{label}: {rest}.")
        }
    }
}
