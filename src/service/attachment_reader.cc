#include "service/attachment_reader.h"

namespace gongkai::service {

const char* AttachmentTypeName(AttachmentType type) {
  switch (type) {
    case AttachmentType::kPdf:
      return "PDF文件";
    case AttachmentType::kDocx:
      return "Word文档";
    case AttachmentType::kXlsx:
      return "Excel表格";
    case AttachmentType::kText:
      return "纯文本";
    case AttachmentType::kHtml:
      return "HTML网页";
    case AttachmentType::kJpeg:
      return "JPEG图片";
    case AttachmentType::kPng:
      return "PNG图片";
    case AttachmentType::kOther:
      return "其他文件";
  }
  return "其他文件";
}

const char* AttachmentMimeType(AttachmentType type) {
  switch (type) {
    case AttachmentType::kPdf:
      return "application/pdf";
    case AttachmentType::kDocx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case AttachmentType::kXlsx:
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case AttachmentType::kText:
      return "text/plain; charset=utf-8";
    case AttachmentType::kHtml:
      return "text/html; charset=utf-8";
    case AttachmentType::kJpeg:
      return "image/jpeg";
    case AttachmentType::kPng:
      return "image/png";
    case AttachmentType::kOther:
      return "application/octet-stream";
  }
  return "application/octet-stream";
}

}  // namespace gongkai::service
