#!/usr/bin/env python3
"""Write test/data/suspect_2023.txt: an invented report with one wrong cell.

青石县自然资源局's 2023 report, in the tab layout of the check fixtures
(check_make.py).  Every total was added up from the true figures, but one
cell was typed wrong: （三）不予公开 4.保护第三方合法权益 for 商业企业 reads 1
where the true count is 0.  The overview also says 17 requests were carried
forward where the table says 18.  Run from anywhere: python3 test/data/suspect_make.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_make as cm  # noqa: E402

WRONG_ROW, WRONG_COL, PRINTED = "withheld.third_party_rights", 1, 1


def table_requests(rows, layout):
    """check_make's table, with the one cell printed wrong (totals stay true)."""
    out = cm.table_requests(rows, layout)
    # find the wrong row's block: its last label line, then six cells
    labels = dict(layout)[WRONG_ROW]
    at = out.index("\t" + labels[-1])
    out[at + 1 + WRONG_COL] = "\t" + str(PRINTED)
    return out


def main():
    rows = cm.requests_values(8, "other.other", carried_over=2, carried_forward=3)
    # a few more dispositions than the check fixtures have
    for c, n in ((0, 2), (1, 1)):
        rows["unavailable.requires_creation"][c] += n
        rows["other.other"][c] -= n
    new = sum(rows["new_received"])
    agency, year = "青石县自然资源局", 2023
    lines = [f"{agency}{year}年政府信息公开工作年度报告", "",
             "一、总体情况",
             f"{year}年，{agency}坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。"
             f"全年新收政府信息公开申请{new}件，上年结转政府信息公开申请{sum(rows['carried_over'])}件，"
             f"办结{sum(rows['total'])}件，结转下年度继续办理{sum(rows['carried_forward']) - 1}件，"
             "均在法定期限内答复。"
             "全年被申请行政复议1起，未发生行政诉讼。"]
    lines += cm.table_active_2021(31, 58)
    lines += table_requests(rows, cm.ROWS_2021)
    lines += cm.table_appeals([1, 0, 0, 0, 1])
    lines += ["五、存在的主要问题及改进情况",
              "部分栏目更新不够及时。下一步将落实专人负责，按月检查。",
              "六、其他需要报告的事项",
              "本年度未收取信息处理费。", "",
              agency, f"{year + 1}年1月18日", ""]
    cm.write("suspect_2023.txt", "\n".join(lines))


if __name__ == "__main__":
    main()
