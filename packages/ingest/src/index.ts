export { type AllowList, allowListFromEnv, isAllowListed, isPublicAddress } from "./address-policy";
export { type ExtractedArticle, extractArticle } from "./extract-article";
export { extractDocx } from "./extract-docx";
export {
  type FetchedPage,
  type FetchPageOptions,
  FetchRefused,
  fetchPage,
  type Resolver,
} from "./fetch-page";
