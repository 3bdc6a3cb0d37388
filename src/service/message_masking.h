// What the public sees of a mailbox message's text (portal-and-catalogue.md
// §5, §6): the screen's hits replaced by their masks, and the writer's own
// name, phone and e-mail masked wherever they appear literally (the screen
// finds names only by labels). Never the originals in anything it returns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/message.h"
#include "service/text_screen.h"

namespace gongkai::service {

// `text` with each hit's byte range [begin, end) replaced by its `masked`
// text (a sensitive word's mask is the word itself). Hits may come in any
// order; one overlapping an earlier one, or out of range, is skipped.
std::string ApplyScreenMasks(std::string_view text, std::vector<ScreenHit> hits);

// 张三 → 张*, 欧阳修 → 欧** : the first character kept, the rest starred.
std::string MaskPersonName(std::string_view name);

// One masked item, for the log and the clerk: where, what kind, its mask.
struct MaskedItem {
  std::string where;  // 标题, 留言内容第2行, 答复内容第1行
  std::string kind;   // 身份证号码, 手机号码 … 写信人姓名
  std::string masked;
};

struct MaskedText {
  std::string text;
  std::vector<MaskedItem> masked;           // personal data masked in `text`
  std::vector<MaskedItem> sensitive_words;  // left as they are: a reviewer decides
};

// Masks `text` (named `where` in the items) with `screen` and the writer's
// `contact`. `with_line` adds 第N行 to `where`.
MaskedText MaskForPublication(std::string_view text, const std::string& where, bool with_line,
                              const TextScreen& screen, const domain::MessageContact& contact);

}  // namespace gongkai::service
