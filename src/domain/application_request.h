// What an application asks for beyond its subject (条例第二十九条): the
// applicant's identity document, how the information should be delivered
// and in what form, the purpose when given, and the uploaded 身份证明. Kept
// apart from the application (personal data, never shown publicly).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gongkai::domain {

// 获取信息的方式 (第二十九条第二款第三项: 获取信息的方式、途径).
enum class DeliveryMethod {
  kPost,    // 邮寄
  kEmail,   // 电子邮件
  kPickUp,  // 当面领取
  kOnline,  // 网上获取（在线查看答复）
};
inline constexpr int kDeliveryMethodCount = 4;
const char* DeliveryMethodName(DeliveryMethod m);   // post, email, pick_up, online
const char* DeliveryMethodLabel(DeliveryMethod m);  // 邮寄, 电子邮件 …
std::optional<DeliveryMethod> ParseDeliveryMethod(const std::string& name);

// 信息的载体形式 (第二十九条第二款第三项: 形式要求).
enum class DeliveryForm {
  kPaper,       // 纸质
  kElectronic,  // 电子文档
};
inline constexpr int kDeliveryFormCount = 2;
const char* DeliveryFormName(DeliveryForm f);   // paper, electronic
const char* DeliveryFormLabel(DeliveryForm f);  // 纸质, 电子文档
std::optional<DeliveryForm> ParseDeliveryForm(const std::string& name);

// The uploaded proof of identity, as the file store keeps it.
struct ProofFile {
  std::string file_id;   // the file store's random id
  std::string sha256;
  std::string type;      // jpeg, png, pdf (decided from the content)
  int64_t size = 0;
  std::string name;      // the name the applicant's file had (shown to clerks only)
};

struct ApplicationRequest {
  bool organization = false;     // 法人或者其他组织 (else 自然人)
  std::string id_document_type;  // 居民身份证, 护照 … (自然人); 统一社会信用代码 (组织)
  std::string legal_representative;  // 法定代表人或者主要负责人 (组织)
  std::string contact_person;        // 联系人 (组织)
  std::string postal_code;
  std::string purpose;  // optional: the law does not require it
  DeliveryMethod delivery_method = DeliveryMethod::kOnline;
  DeliveryForm delivery_form = DeliveryForm::kElectronic;
  std::optional<ProofFile> proof;
};

}  // namespace gongkai::domain
