#include "app/demo_attachments.h"

#include <utility>

#include "domain/personal_info.h"

namespace gongkai::app::demo {
namespace {

using formats::Sheet;
using formats::SheetCell;

bool Has(const std::string& s, const char* word) { return s.find(word) != std::string::npos; }

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  if (from.empty()) return text;
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string Gender(Dice& dice) { return dice.Chance(0.5) ? "男" : "女"; }

// A list of people, numbers already masked as published lists show them,
// with `planted` unmasked in one row.
Sheet People(Dice& dice, const TextContext& c, PlantedKind kind, const std::string& planted) {
  Sheet s;
  s.name = "名单";
  const bool card = kind == PlantedKind::kBankCard;
  const bool phone = kind == PlantedKind::kMobile;
  s.header = {"序号", "姓名", "性别", "所在村（社区）", "身份证号码"};
  if (card) s.header.push_back("银行卡号");
  if (phone) s.header.push_back("联系电话");
  s.header.push_back("金额（元）");
  s.widths = {8, 12, 8, 20, 24, 24, 14};
  const std::span<const char* const> places = PlacesOf(c.agency);
  const int rows = dice.Between(6, 30);
  const int planted_row = planted.empty() ? -1 : dice.Below(rows);
  for (int i = 0; i < rows; ++i) {
    std::vector<SheetCell> row{
        SheetCell::Number(i + 1), SheetCell::Text(DrawPersonName(dice)),
        SheetCell::Text(Gender(dice)),
        SheetCell::Text(places[static_cast<size_t>(dice.Below(static_cast<int>(places.size())))])};
    const std::string id = DrawResidentId(dice);
    row.push_back(SheetCell::Text(i == planted_row && kind == PlantedKind::kResidentId
                                      ? planted
                                      : domain::MaskResidentId(id)));
    if (card) {
      row.push_back(
          SheetCell::Text(i == planted_row ? planted : domain::MaskBankCard(DrawBankCard(dice))));
    }
    if (phone)
      row.push_back(
          SheetCell::Text(i == planted_row ? planted : domain::MaskMobile(DrawMobile(dice))));
    row.push_back(SheetCell::Number(dice.Between(3, 120) * 50));
    s.rows.push_back(std::move(row));
  }
  return s;
}

Sheet Items(Dice& dice, const TextContext& c, const char* name, std::vector<std::string> header) {
  Sheet s;
  s.name = name;
  s.header = std::move(header);
  const std::span<const char* const> places = PlacesOf(c.agency);
  const int rows = dice.Between(4, 18);
  for (int i = 0; i < rows; ++i) {
    std::vector<SheetCell> row{SheetCell::Number(i + 1)};
    const std::string place =
        places[static_cast<size_t>(dice.Below(static_cast<int>(places.size())))];
    row.push_back(SheetCell::Text(place + c.work.substr(0, c.work.find("管理")) + "项目"));
    row.push_back(SheetCell::Text(place));
    while (row.size() < s.header.size()) row.push_back(SheetCell::Number(dice.Between(5, 9000)));
    s.rows.push_back(std::move(row));
  }
  return s;
}

Sheet Samples(Dice& dice, const TextContext& c) {
  Sheet s;
  s.name = "抽检结果";
  s.header = {"序号", "被抽样单位名称", "样品名称", "生产日期/批号", "检验结果"};
  const char* const kFoods[] = {"大米",   "挂面", "酱油", "食用植物油",
                                "鲜鸡蛋", "豆腐", "茶叶", "白酒"};
  const int rows = dice.Between(6, 24);
  for (int i = 0; i < rows; ++i) {
    s.rows.push_back(
        {SheetCell::Number(i + 1), SheetCell::Text(DrawCompany(dice)),
         SheetCell::Text(kFoods[dice.Below(8)]),
         SheetCell::Text(std::to_string(c.date.year) + "-" + std::to_string(dice.Between(1, 12)) +
                         "-" + std::to_string(dice.Between(1, 28))),
         SheetCell::Text(dice.Chance(0.93) ? "合格" : "不合格")});
  }
  return s;
}

Sheet Jobs(Dice& dice, const TextContext& c) {
  Sheet s;
  s.name = "招聘岗位表";
  s.header = {"岗位代码", "招聘单位", "岗位名称", "人数", "学历要求", "专业要求"};
  const char* const kMajors[] = {"汉语言文学",       "会计学",   "法学",
                                 "计算机科学与技术", "临床医学", "土木工程"};
  const int rows = dice.Between(3, 12);
  for (int i = 0; i < rows; ++i) {
    s.rows.push_back({SheetCell::Text(std::to_string(c.date.year) + std::to_string(100 + i)),
                      SheetCell::Text(c.agency_name + "所属事业单位"),
                      SheetCell::Text("专业技术岗"), SheetCell::Number(dice.Between(1, 5)),
                      SheetCell::Text("本科及以上"), SheetCell::Text(kMajors[dice.Below(6)])});
  }
  return s;
}

std::string TextList(Dice& dice, const TextContext& c, PlantedKind kind,
                     const std::string& planted) {
  std::string t = c.title + "\n\n";
  const int rows = dice.Between(5, 15);
  const int planted_row = planted.empty() ? -1 : dice.Below(rows);
  for (int i = 0; i < rows; ++i) {
    t += std::to_string(i + 1) + "　" + DrawPersonName(dice) + "　";
    if (i == planted_row) {
      t += std::string(PlantedLabel(kind)) + "：" + planted;
    } else {
      t += "身份证号码：" + domain::MaskResidentId(DrawResidentId(dice));
    }
    t += "\n";
  }
  return t + "\n" + c.agency_name + "\n" + ChineseDate(c.date) + "\n";
}

}  // namespace

bool ListsPeople(Genre genre, const std::string& title) {
  if (genre != Genre::kList) return false;
  for (const char* w : {"抽检", "抽查", "名录", "许可证", "岗位", "配租", "宅基地"}) {
    if (Has(title, w)) return false;
  }
  return true;
}

DemoAttachment MakeAttachment(Dice& dice, Genre genre, Attach attach, const TextContext& c,
                              PlantedKind kind, const std::string& planted) {
  DemoAttachment a;
  if (ListsPeople(genre, c.title)) {
    if (attach == Attach::kText) {
      a.filename = "公示名单.txt";
      a.text = TextList(dice, c, kind, planted);
    } else {
      a.filename = "公示名单.xlsx";
      a.sheet = People(dice, c, kind, planted);
    }
    return a;
  }
  if (attach == Attach::kText) {
    a.filename = "附件说明.txt";
    a.text =
        c.title + "\n\n" +
        FillText("本附件为{a}发布信息的配套说明材料，具体内容以正文为准。\n咨询电话：{tel}\n", c);
    return a;
  }
  a.filename = "附件.xlsx";
  if (Has(c.title, "抽检") || Has(c.title, "抽查")) {
    a.sheet = Samples(dice, c);
  } else if (genre == Genre::kRecruit) {
    a.filename = "招聘岗位表.xlsx";
    a.sheet = Jobs(dice, c);
  } else if (genre == Genre::kBudget) {
    a.filename = "收支预决算表.xlsx";
    a.sheet = Items(dice, c, "收支总表", {"序号", "项目", "功能科目", "金额（万元）"});
  } else if (genre == Genre::kProcurement) {
    a.filename = "采购意向.xlsx";
    a.sheet = Items(dice, c, "采购意向", {"序号", "采购项目名称", "实施地点", "预算金额（万元）"});
  } else {
    a.sheet = Items(dice, c, "明细表", {"序号", "项目名称", "地点", "金额（万元）"});
  }
  return a;
}

Result<std::string> AttachmentBytes(const DemoAttachment& a, const std::string& from,
                                    const std::string& to) {
  if (!a.sheet) return Replace(a.text, from, to);
  Sheet s = *a.sheet;
  for (std::vector<SheetCell>& row : s.rows) {
    for (SheetCell& cell : row) {
      if (!cell.number) cell.text = Replace(cell.text, from, to);
    }
  }
  return formats::WriteSheetsXlsx({s});
}

}  // namespace gongkai::app::demo
