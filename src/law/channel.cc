#include "law/channel.h"

#include <cstring>

namespace gongkai::law {
namespace {

struct Entry {
  Channel channel;
  const char* name;
  const char* label;
};
constexpr Entry kChannels[] = {
    {Channel::kInPerson, "in_person", "当面提交"},
    {Channel::kRegisteredPost, "registered_post", "邮寄（需签收）"},
    {Channel::kOrdinaryPost, "ordinary_post", "平常信函"},
    {Channel::kOnline, "online", "互联网渠道"},
    {Channel::kFax, "fax", "传真"},
};

}  // namespace

const char* ChannelName(Channel c) {
  for (const Entry& e : kChannels) {
    if (e.channel == c) return e.name;
  }
  return "online";
}

const char* ChannelLabel(Channel c) {
  for (const Entry& e : kChannels) {
    if (e.channel == c) return e.label;
  }
  return "互联网渠道";
}

bool ParseChannel(const char* name, Channel& out) {
  for (const Entry& e : kChannels) {
    if (std::strcmp(name, e.name) == 0 || std::strcmp(name, e.label) == 0) {
      out = e.channel;
      return true;
    }
  }
  return false;
}

}  // namespace gongkai::law
