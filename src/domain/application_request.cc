#include "domain/application_request.h"

namespace gongkai::domain {

const char* DeliveryMethodName(DeliveryMethod m) {
  switch (m) {
    case DeliveryMethod::kPost: return "post";
    case DeliveryMethod::kEmail: return "email";
    case DeliveryMethod::kPickUp: return "pick_up";
    case DeliveryMethod::kOnline: return "online";
  }
  return "online";
}

const char* DeliveryMethodLabel(DeliveryMethod m) {
  switch (m) {
    case DeliveryMethod::kPost: return "邮寄";
    case DeliveryMethod::kEmail: return "电子邮件";
    case DeliveryMethod::kPickUp: return "当面领取";
    case DeliveryMethod::kOnline: return "网上获取";
  }
  return "网上获取";
}

std::optional<DeliveryMethod> ParseDeliveryMethod(const std::string& name) {
  for (int i = 0; i < kDeliveryMethodCount; ++i) {
    const auto m = static_cast<DeliveryMethod>(i);
    if (name == DeliveryMethodName(m)) return m;
  }
  return std::nullopt;
}

const char* DeliveryFormName(DeliveryForm f) {
  switch (f) {
    case DeliveryForm::kPaper: return "paper";
    case DeliveryForm::kElectronic: return "electronic";
  }
  return "electronic";
}

const char* DeliveryFormLabel(DeliveryForm f) {
  switch (f) {
    case DeliveryForm::kPaper: return "纸质";
    case DeliveryForm::kElectronic: return "电子文档";
  }
  return "电子文档";
}

std::optional<DeliveryForm> ParseDeliveryForm(const std::string& name) {
  for (int i = 0; i < kDeliveryFormCount; ++i) {
    const auto f = static_cast<DeliveryForm>(i);
    if (name == DeliveryFormName(f)) return f;
  }
  return std::nullopt;
}

}  // namespace gongkai::domain
