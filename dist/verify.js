// The verify sub-action (verify/action.yml): the action bundle, in verify mode (named by this file).
import './index.js'
