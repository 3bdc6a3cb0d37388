#include "web/view.h"

namespace gongkai::web {

View& View::Set(const std::string& key, std::string text) {
  values_.insert_or_assign(key, Value(std::move(text)));
  return *this;
}
View& View::Set(const std::string& key, bool flag) {
  values_.insert_or_assign(key, Value(flag));
  return *this;
}
View& View::Set(const std::string& key, View child) {
  values_.insert_or_assign(key, Value(std::move(child)));
  return *this;
}
View& View::Set(const std::string& key, std::vector<View> list) {
  values_.insert_or_assign(key, Value(std::move(list)));
  return *this;
}
View& View::Set(const std::string& key, SafeHtml html) {
  values_.insert_or_assign(key, Value(std::move(html)));
  return *this;
}

}  // namespace gongkai::web
