//! Every legal and regulatory source the engine applies or the page cites, in one table
//! (LEGAL.md is checked against it by `tests/legal_table.rs`). Rules and texts refer to a
//! source by its key; a key that is not here is a test failure, not a silent citation.

/// One instrument and article, and what the calculator takes from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub key: &'static str,
    /// The instrument's name and number as published.
    pub instrument: &'static str,
    /// The article (or part) relied on.
    pub article: &'static str,
    /// What it decides, in Chinese (shown on the page).
    pub zh: &'static str,
    /// The same in English (a translation for reference).
    pub en: &'static str,
}

const MJ2020: &str = "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》(2020年第二次修正，法释〔2020〕17号)";
const MJ2015: &str =
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》(法释〔2015〕18号，2020年8月20日前的文本)";
const CIVIL: &str = "《中华人民共和国民法典》";

/// The table. Keys are stable: rules, texts and tests use them.
pub const SOURCES: &[Source] = &[
    Source {
        key: "mj2020-25",
        instrument: MJ2020,
        article: "第二十五条第一款",
        zh: "约定利率超过合同成立时一年期贷款市场报价利率（LPR）四倍的部分，法院不予支持",
        en: "Agreed interest above 4 × the one-year LPR at the contract date is not supported",
    },
    Source {
        key: "mj2020-28",
        instrument: MJ2020,
        article: "第二十八条",
        zh: "逾期利率以合同成立时一年期LPR四倍为限；未约定逾期利率：约定了借期内利率的按借期内利率，都未约定的参照逾期时一年期LPR",
        en: "Overdue rate capped at 4 × LPR at the contract date; none agreed: the term rate runs on, or with no interest agreed at all, the one-year LPR when the overdue period began",
    },
    Source {
        key: "mj2020-29",
        instrument: MJ2020,
        article: "第二十九条",
        zh: "逾期利息、违约金、其他费用可一并主张，但总计超过合同成立时一年期LPR四倍的部分不予支持",
        en: "Overdue interest, late fees and other charges together are capped at 4 × LPR at the contract date",
    },
    Source {
        key: "mj2020-31",
        instrument: MJ2020,
        article: "第三十一条第二款",
        zh: "2020年8月20日前成立的合同：当事人请求适用当时的司法解释计算至2020年8月19日的利息的，应予支持；自2020年8月20日到借款返还之日的利息，适用起诉时本规定的利率保护标准",
        en: "Contracts made before 2020-08-20: interest to 2020-08-19 under the old rules when a party asks; from 2020-08-20 until repaid, the protection line at the time of filing",
    },
    Source {
        key: "mj2015-26",
        instrument: MJ2015,
        article: "第二十六条",
        zh: "约定利率未超过年利率24%的，应予支持；超过年利率36%的部分约定无效，已支付的可请求返还",
        en: "Agreed interest up to 24 %/yr is supported; above 36 %/yr it is void and what was paid may be claimed back",
    },
    Source {
        key: "mj2015-31",
        instrument: MJ2015,
        article: "第三十一条",
        zh: "超过约定利率自愿支付的利息或违约金，借款人以不当得利要求返还的不予支持，但超过年利率36%部分除外（24%–36%之间已付不退）",
        en: "Interest or late fees paid voluntarily above the agreed rate are not returned, except the part above 36 %/yr (24–36 % paid stays paid)",
    },
    Source {
        key: "mj2015-29",
        instrument: MJ2015,
        article: "第二十九条",
        zh: "逾期利率有约定的从其约定，以年利率24%为限；未约定逾期利率但约定了借期内利率的，按借期内利率；都未约定的，按年利率6%",
        en: "Agreed overdue rate up to 24 %/yr; none agreed: the term rate, or 6 %/yr when no interest was agreed",
    },
    Source {
        key: "mj2015-30",
        instrument: MJ2015,
        article: "第三十条",
        zh: "逾期利息、违约金、其他费用总计超过年利率24%的部分不予支持",
        en: "Overdue interest, late fees and other charges together above 24 %/yr are not supported",
    },
    Source {
        key: "fs2020-27",
        instrument: "《最高人民法院关于新民间借贷司法解释适用范围问题的批复》(法释〔2020〕27号，答复广东省高级人民法院)",
        article: "第一条",
        zh: "经金融监管部门批准设立的金融机构（含小额贷款公司等七类地方金融组织）从事相关金融业务引发的纠纷，不适用民间借贷司法解释",
        en: "Licensed financial institutions (including microlenders and the other local financial organisations) are outside the private-lending rules",
    },
    Source {
        key: "ff2017-22-2",
        instrument: "《最高人民法院关于进一步加强金融审判工作的若干意见》(法发〔2017〕22号)",
        article: "第二条第二款",
        zh: "金融借款的利息、复利、罚息、违约金和其他费用总计超过年利率24%的部分，借款人请求调减的，应予支持",
        en: "Interest, compound interest, penalty interest, late fees and other charges of a financial loan together above 24 %/yr are reduced on the borrower's request",
    },
    Source {
        key: "bankcard2021-2",
        instrument: "《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》(法释〔2021〕10号)",
        article: "第二条",
        zh: "持卡人以透支利息、复利、违约金等总额过高为由请求减少的，法院综合国家金融监管规定、实际损失等予以衡量（本条未写明具体比例）",
        en: "A cardholder may ask to reduce an excessive total of interest, compound interest and fees; the court weighs regulation and actual loss (no figure in the article itself)",
    },
    Source {
        key: "pboc2016-111",
        instrument: "《中国人民银行关于信用卡业务有关事项的通知》(银发〔2016〕111号)",
        article: "第三条",
        zh: "取消信用卡滞纳金，是否收取违约金及其标准由协议约定；违约金和年费等服务费用不得计收利息",
        en: "Card penalty fees abolished: any late fee is by agreement; no interest on late fees, annual fees and other service fees",
    },
    Source {
        key: "pboc2020-327",
        instrument: "《中国人民银行关于推进信用卡透支利率市场化改革的通知》(银发〔2020〕327号)",
        article: "第一条",
        zh: "自2021年1月1日起，信用卡透支利率由发卡机构与持卡人自主协商确定，取消日利率万分之五的上限和0.7倍下限；日0.05%只是常见约定，不是法定上限",
        en: "From 2021-01-01 card overdraft rates are agreed between issuer and cardholder; the 0.05 %/day cap is gone, so 0.05 %/day is a common term, not a legal limit",
    },
    Source {
        key: "cbrc2011-57",
        instrument: "《商业银行信用卡业务监督管理办法》(中国银行业监督管理委员会令2011年第2号)",
        article: "第五十七条",
        zh: "逾期1–90天（含）的，先冲还应收利息或各项费用、后本金；逾期91天以上的，先本金、后应收利息或各项费用",
        en: "Card payments 1–90 days overdue go to interest and fees before principal; from 91 days, to principal first",
    },
    Source {
        key: "cbrc2011-70",
        instrument: "《商业银行信用卡业务监督管理办法》(中国银行业监督管理委员会令2011年第2号)",
        article: "第七十条",
        zh: "欠款超出还款能力且仍有还款意愿的，发卡银行可以与持卡人协商个性化分期还款协议，最长期限不得超过5年；是否计收年费、利息和其他费用由协议约定",
        en: "Where the debt exceeds the cardholder's means and they are willing to pay, the issuer may agree individual instalments over at most 5 years; whether fees and interest run is agreed",
    },
    Source {
        key: "zx2013-15",
        instrument: "《征信业管理条例》(中华人民共和国国务院令第631号)",
        article: "第十五条",
        zh: "信息提供者向征信机构提供个人不良信息，应当事先告知信息主体本人（依法公开的不良信息除外）",
        en: "A lender must tell the person before it reports their negative information to a credit bureau (information public by law excepted)",
    },
    Source {
        key: "zx2013-16",
        instrument: "《征信业管理条例》(中华人民共和国国务院令第631号)",
        article: "第十六条第一款",
        zh: "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除",
        en: "A credit bureau keeps an individual's negative information for 5 years from the day the bad behaviour or event ends, then deletes it",
    },
    Source {
        key: "yf2003-251",
        instrument: "《中国人民银行关于人民币贷款利率有关问题的通知》(银发〔2003〕251号)",
        article: "第三条",
        zh: "逾期贷款罚息利率在借款合同载明的利率水平上加收30%–50%；不能按时支付的利息按罚息利率计收复利",
        en: "Penalty rate on an overdue loan: the contract rate plus 30–50 %; unpaid interest bears compound interest at the penalty rate",
    },
    Source {
        key: "civil-561",
        instrument: CIVIL,
        article: "第五百六十一条",
        zh: "给付不足以清偿全部债务的，除另有约定外，依次抵充实现债权的有关费用、利息、主债务（此处“费用”指实现债权的费用，不是违约金）",
        en: "A payment short of the whole debt goes, unless agreed otherwise, to the costs of enforcing the claim, then interest, then principal (those costs are not late fees)",
    },
    Source {
        key: "civil-560",
        instrument: CIVIL,
        article: "第五百六十条",
        zh: "数项同种债务，未指定的先抵充已到期的；均到期的，先抵充缺乏担保或担保最少的，再按到期先后",
        en: "Between several debts of one kind, with no designation, a payment goes first to those due, then by security and in order of maturity",
    },
    Source {
        key: "civil-122",
        instrument: CIVIL,
        article: "第一百二十二条",
        zh: "因他人没有法律根据，取得不当利益，受损失的人有权请求其返还不当利益",
        en: "Whoever suffers a loss because another gained an undue benefit without legal grounds may claim it back",
    },
    Source {
        key: "civil-589",
        instrument: CIVIL,
        article: "第五百八十九条",
        zh: "债务人按照约定履行，债权人无正当理由拒绝受领的，在债权人受领迟延期间，债务人无须支付利息",
        en: "When the debtor tenders performance as agreed and the creditor refuses it without good reason, no interest is owed while the creditor is in default",
    },
    Source {
        key: "civil-570",
        instrument: CIVIL,
        article: "第五百七十条",
        zh: "债权人无正当理由拒绝受领等情形，债务人可以将标的物提存",
        en: "When the creditor refuses performance without good reason, the debtor may deposit what is owed (提存)",
    },
    Source {
        key: "civil-571",
        instrument: CIVIL,
        article: "第五百七十一条第二款",
        zh: "提存成立的，视为债务人在其提存范围内已经交付标的物",
        en: "Once the deposit is made, what was deposited counts as delivered",
    },
    Source {
        key: "civil-680",
        instrument: CIVIL,
        article: "第六百八十条",
        zh: "禁止高利放贷；借款合同对支付利息没有约定的，视为没有利息",
        en: "Usurious lending is prohibited; a loan contract that says nothing about interest bears none",
    },
    Source {
        key: "fee-13",
        instrument: "《诉讼费用交纳办法》(国务院令第481号)",
        article: "第十三条",
        zh: "财产案件按诉讼请求的金额分段累计交纳案件受理费",
        en: "The acceptance fee of a property case is charged in brackets of the amount claimed",
    },
    Source {
        key: "fee-14",
        instrument: "《诉讼费用交纳办法》(国务院令第481号)",
        article: "第十四条",
        zh: "申请执行费按执行金额分段累计交纳",
        en: "The enforcement application fee is charged in brackets of the amount enforced",
    },
    Source {
        key: "fee-29",
        instrument: "《诉讼费用交纳办法》(国务院令第481号)",
        article: "第二十九条",
        zh: "诉讼费用由败诉方负担；部分胜诉、部分败诉的，由法院决定各自负担的数额",
        en: "The losing side bears the litigation costs; when each side partly wins, the court decides the shares",
    },
    Source {
        key: "fee-38",
        instrument: "《诉讼费用交纳办法》(国务院令第481号)",
        article: "第三十八条第一款、第二十条第二款",
        zh: "申请执行费由被执行人负担，执行后交纳",
        en: "The enforcement application fee is borne by the debtor, and paid after enforcement",
    },
    Source {
        key: "fee-15-16",
        instrument: "《诉讼费用交纳办法》(国务院令第481号)",
        article: "第十五条、第十六条",
        zh: "以调解方式结案、申请撤诉、适用简易程序审理的，减半交纳案件受理费",
        en: "The acceptance fee is halved for mediation, withdrawal and simple procedure",
    },
    Source {
        key: "civil-procedure-164",
        instrument: "《中华人民共和国民事诉讼法》(2023年修正)",
        article: "第一百六十四条",
        zh: "适用简易程序审理的案件，应当在立案之日起三个月内审结",
        en: "A case tried by simple procedure is to be concluded within three months of filing",
    },
    Source {
        key: "civil-procedure-171",
        instrument: "《中华人民共和国民事诉讼法》(2023年修正)",
        article: "第一百七十一条第一款",
        zh: "不服第一审判决的，有权在判决书送达之日起十五日内上诉",
        en: "A first-instance judgment may be appealed within 15 days of its service",
    },
    Source {
        key: "civil-procedure-250",
        instrument: "《中华人民共和国民事诉讼法》(2023年修正)",
        article: "第二百五十条",
        zh: "申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算",
        en: "Enforcement must be applied for within two years of the last day the judgment gives to pay",
    },
    Source {
        key: "civil-procedure-264",
        instrument: "《中华人民共和国民事诉讼法》(2023年修正)",
        article: "第二百六十四条",
        zh: "被执行人未按判决、裁定和其他法律文书指定的期间履行给付金钱义务的，应当加倍支付迟延履行期间的债务利息",
        en: "A debtor who does not pay money by the date a judgment sets pays doubled interest for the delay",
    },
    Source {
        key: "delay-2014",
        instrument: "《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》(法释〔2014〕8号)",
        article: "第一条、第二条",
        zh: "自生效法律文书确定的履行期间届满之日起计算：加倍部分债务利息＝债务人尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务×日万分之一点七五×迟延履行期间",
        en: "Doubled delay interest = unpaid judgment money debt (excluding ordinary interest) × 0.0175 %/day × days late",
    },
];

/// The source with `key`, if the table has it.
pub fn source(key: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.key == key)
}

/// "instrument article" for a key; the key itself when it is missing (a test forbids that).
pub fn cite(key: &str) -> String {
    source(key).map_or_else(|| key.to_string(), |s| format!("{} {}", s.instrument, s.article))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique() {
        for (k, s) in SOURCES.iter().enumerate() {
            assert!(SOURCES[..k].iter().all(|t| t.key != s.key), "{}", s.key);
        }
    }
}
