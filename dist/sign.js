// The sign sub-action (sign/action.yml): the action bundle, in sign mode (named by this file).
import './index.js'
