#include "service/text_screen.h"

namespace gongkai::service {

const char* ScreenHitKindName(ScreenHitKind kind) {
  switch (kind) {
    case ScreenHitKind::kResidentId:
      return "身份证号码";
    case ScreenHitKind::kMobile:
      return "手机号码";
    case ScreenHitKind::kBankCard:
      return "银行卡号";
    case ScreenHitKind::kEmail:
      return "电子邮箱";
    case ScreenHitKind::kSensitiveWord:
      return "敏感词";
  }
  return "未知";  // unreachable for a valid enumerator
}

}  // namespace gongkai::service
