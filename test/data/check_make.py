#!/usr/bin/env python3
"""Write the report bodies of the check tests (test/data/check_*.txt).

Invented agencies and figures, in the tab layout of form.md (one cell per
line, each cell line starting with a tab, rows separated by blank lines).
Run from anywhere: python3 test/data/check_make.py

check_2023_lines_trad.txt is check_2023.txt one cell per line in traditional
characters, made with opencc (Debian package opencc):
  sed -e 's/^\t//' -e '/^$/d' check_2023.txt | opencc -c s2t.json | sed 's/祕/秘/g'
(the last step keeps the form's own 秘 of 屬於國家秘密).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

COLS = ["natural_person", "commercial", "research", "social_welfare",
        "legal_service", "other_org"]

# (key, printed label, numbering lines before the label)
ROWS_2021 = [
    ("new_received", ["一、本年新收政府信息公开申请数量"]),
    ("carried_over", ["二、上年结转政府信息公开申请数量"]),
    ("granted", ["三、本年度办理结果", "（一）予以公开"]),
    ("partially_granted", ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
    ("withheld.state_secret", ["", "（三）不予公开", "1.属于国家秘密"]),
    ("withheld.prohibited_by_law", ["", "", "2.其他法律行政法规禁止公开"]),
    ("withheld.endangers_security", ["", "", "3.危及“三安全一稳定”"]),
    ("withheld.third_party_rights", ["", "", "4.保护第三方合法权益"]),
    ("withheld.internal_affairs", ["", "", "5.属于三类内部事务信息"]),
    ("withheld.process_information", ["", "", "6.属于四类过程性信息"]),
    ("withheld.enforcement_files", ["", "", "7.属于行政执法案卷"]),
    ("withheld.inquiry_matters", ["", "", "8.属于行政查询事项"]),
    ("unavailable.not_held", ["", "（四）无法提供", "1.本机关不掌握相关政府信息"]),
    ("unavailable.requires_creation", ["", "", "2.没有现成信息需要另行制作"]),
    ("unavailable.unclear_after_correction", ["", "", "3.补正后申请内容仍不明确"]),
    ("not_processed.petition_complaint", ["", "（五）不予处理", "1.信访举报投诉类申请"]),
    ("not_processed.duplicate", ["", "", "2.重复申请"]),
    ("not_processed.publication", ["", "", "3.要求提供公开出版物"]),
    ("not_processed.excessive", ["", "", "4.无正当理由大量反复申请"]),
    ("not_processed.confirmation", ["", "", "5.要求行政机关确认或重新出具已获取信息"]),
    ("other.no_correction", ["", "（六）其他处理",
                             "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
    ("other.unpaid_fee", ["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
    ("other.other", ["", "", "3.其他"]),
    ("total", ["", "（七）总计"]),
    ("carried_forward", ["四、结转下年度继续办理"]),
]

ROWS_2019 = [r for r in ROWS_2021 if not r[0].startswith("other.")]
ROWS_2019.insert(len(ROWS_2019) - 2, ("other", ["", "（六）其他处理"]))


def requests_values(base, other_key, carried_over=1, carried_forward=1):
    """Balanced figures: column c gets new base+c, carried over, …"""
    rows = {k: [0] * 6 for k, _ in ROWS_2021 + [("other", None)]}
    for c in range(6):
        new = base + c
        rows["new_received"][c] = new
        rows["carried_over"][c] = carried_over
        rows["granted"][c] = 2
        rows["partially_granted"][c] = 1
        rows["unavailable.not_held"][c] = 1
        rows["not_processed.duplicate"][c] = 1
        done = new + carried_over - carried_forward
        rows[other_key][c] = done - 5
        rows["total"][c] = done
        rows["carried_forward"][c] = carried_forward
    return rows


def table_requests(rows, layout):
    out = ["三、收到和处理政府信息公开申请情况",
           "\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
           "\t申请人情况", "",
           "\t", "\t自然人", "\t法人或其他组织", "\t总计", "",
           "\t", "\t", "\t商业企业", "\t科研机构", "\t社会公益组织", "\t法律服务机构",
           "\t其他", "\t", ""]
    for key, labels in layout:
        vals = rows[key]
        for lab in labels:
            out.append("\t" + lab)
        for v in vals + [sum(vals)]:
            out.append("\t" + str(v))
        out.append("")
    out.append("")
    return out


def table_active_2021(rules_in_force, normative_in_force):
    return ["二、主动公开政府信息情况",
            "\t第二十条第（一）项", "",
            "\t信息内容", "\t本年制发件数", "\t本年废止件数", "\t现行有效件数", "",
            "\t规章", "\t2", "\t1", "\t" + str(rules_in_force), "",
            "\t行政规范性文件", "\t3", "\t0", "\t" + str(normative_in_force), "",
            "\t第二十条第（五）项", "",
            "\t信息内容", "\t本年处理决定数量", "",
            "\t行政许可", "\t12", "",
            "\t第二十条第（六）项", "",
            "\t信息内容", "\t本年处理决定数量", "",
            "\t行政处罚", "\t4", "",
            "\t行政强制", "\t0", "",
            "\t第二十条第（八）项", "",
            "\t信息内容", "\t本年收费金额（单位：万元）", "",
            "\t行政事业性收费", "\t0", "", "", ""]


def table_active_2019():
    return ["二、主动公开政府信息情况",
            "\t第二十条第（一）项", "",
            "\t信息内容", "\t本年新制作数量", "\t本年新公开数量", "\t对外公开总数量", "",
            "\t规章", "\t0", "\t0", "\t0", "",
            "\t规范性文件", "\t2", "\t2", "\t9", "",
            "\t第二十条第（五）项", "",
            "\t信息内容", "\t上一年项目数量", "\t本年增/减", "\t处理决定数量", "",
            "\t行政许可", "\t5", "\t-1", "\t30", "",
            "\t其他对外管理服务事项", "\t0", "\t0", "\t0", "",
            "\t第二十条第（六）项", "",
            "\t信息内容", "\t上一年项目数量", "\t本年增/减", "\t处理决定数量", "",
            "\t行政处罚", "\t3", "\t0", "\t7", "",
            "\t行政强制", "\t1", "\t0", "\t0", "",
            "\t第二十条第（八）项", "",
            "\t信息内容", "\t上一年项目数量", "\t本年增/减", "",
            "\t行政事业性收费", "\t0", "\t0", "",
            "\t第二十条第（九）项", "",
            "\t信息内容", "\t采购项目数量", "\t采购总金额", "",
            "\t政府集中采购", "\t2", "\t36.5", "", "", ""]


def table_appeals(review):
    out = ["四、政府信息公开行政复议、行政诉讼情况",
           "\t行政复议", "\t行政诉讼", "",
           "\t结果维持", "\t结果纠正", "\t其他结果", "\t尚未审结", "\t总计",
           "\t未经复议直接起诉", "\t复议后起诉", ""]
    out += ["\t"] * 5
    out += ["\t" + h for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2]
    out.append("")
    for v in review + [0] * 10:
        out.append("\t" + str(v))
    out += ["", ""]
    return out


def body(agency, year, active, rows, layout, review, received):
    lines = [f"{agency}{year}年政府信息公开工作年度报告", "",
             "一、总体情况",
             f"{year}年，{agency}依法做好政府信息公开工作。全年受理政府信息公开申请{received}件，均在法定期限内答复。"]
    lines += active
    lines += table_requests(rows, layout)
    lines += table_appeals(review)
    lines += ["五、存在的主要问题及改进情况",
              "信息更新不够及时。下一步将建立更新台账。",
              "六、其他需要报告的事项",
              "本年度未收取信息处理费。", "",
              agency, f"{year + 1}年1月20日", ""]
    return "\n".join(lines)


def write(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    # 2022 and 2023 of one agency: 2023's carried over = 2022's carried forward
    r22 = requests_values(6, "other.other", carried_over=0, carried_forward=1)
    r23 = requests_values(7, "other.other", carried_over=1, carried_forward=2)
    new23 = sum(r23["new_received"])
    write("check_2022.txt", body("东川区档案馆", 2022, table_active_2021(9, 17), r22,
                                 ROWS_2021, [1, 0, 0, 0, 1], sum(r22["new_received"])))
    write("check_2023.txt", body("东川区档案馆", 2023, table_active_2021(10, 20), r23,
                                 ROWS_2021, [1, 0, 1, 1, 3], new23))
    # the same year with one cell wrong: 予以公开/自然人 3 instead of 2
    bad = requests_values(7, "other.other", carried_over=1, carried_forward=2)
    bad["granted"][0] = 3
    text = body("东川区档案馆", 2023, table_active_2021(10, 20), bad, ROWS_2021,
                [1, 0, 1, 1, 3], new23)
    write("check_2023_bad.txt", text)
    # a 2019-form report
    r20 = requests_values(6, "other", carried_over=0, carried_forward=0)
    write("check_2020_form2019.txt", body("西岭镇人民政府", 2020, table_active_2019(), r20,
                                          ROWS_2019, [0, 1, 0, 0, 1], sum(r20["new_received"])))


if __name__ == "__main__":
    main()
